ALTER TYPE "public"."action_kind" ADD VALUE 'petition';--> statement-breakpoint
ALTER TYPE "public"."template_kind" ADD VALUE 'petition';