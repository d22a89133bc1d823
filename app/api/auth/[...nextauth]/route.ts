import { handlers } from "@/auth";
import { sameOriginOnly } from "@/lib/origin";

export const GET = handlers.GET;
// Auth.js checks its own CSRF token on sign-in and sign-out posts; the Origin check refuses cross-site posts before that.
export const POST = sameOriginOnly(handlers.POST);
