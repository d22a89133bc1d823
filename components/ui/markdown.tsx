import type { ComponentPropsWithoutRef } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import Link from "@/i18n/link";

/**
 * Links in organiser-written text are never endorsed and never get the page's opener. A link
 * to a page of this site ("/campaigns/x") stays in the reader's language, as every Link does.
 */
function MarkdownLink({ node: _node, href, ...props }: ComponentPropsWithoutRef<"a"> & { node?: unknown }) {
  if (href?.startsWith("/") && !href.startsWith("//")) return <Link href={href} prefetch={false} {...props} rel="nofollow noopener noreferrer" />;
  return <a href={href} {...props} rel="nofollow noopener noreferrer" />;
}

/**
 * The page owns h1 and h2, so headings in the text start at h3. Images are
 * dropped (no external hosts), raw HTML is never rendered. Tables and code
 * blocks scroll sideways inside their own box.
 */
const components: Components = {
  h1: ({ node: _node, ...props }) => <h3 {...props} />,
  h2: ({ node: _node, ...props }) => <h3 {...props} />,
  h3: ({ node: _node, ...props }) => <h4 {...props} />,
  h4: ({ node: _node, ...props }) => <h4 {...props} />,
  h5: ({ node: _node, ...props }) => <h4 {...props} />,
  h6: ({ node: _node, ...props }) => <h4 {...props} />,
  a: MarkdownLink,
  // A wide table scrolls in its own box instead of widening the page on a phone.
  table: ({ node: _node, ...props }) => (
    <div className="relative overflow-x-auto">
      <table {...props} />
    </div>
  ),
  pre: ({ node: _node, ...props }) => <pre {...props} className="overflow-x-auto" />,
};

export function Markdown({ children, className = "prose-story" }: { children: string; className?: string }) {
  return (
    <div className={className}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        components={components}
        skipHtml
        disallowedElements={["img"]}
        unwrapDisallowed
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
