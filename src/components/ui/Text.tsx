import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";

const headingSizes = { page: "text-2xl", section: "text-xl", sub: "text-lg" } as const;

/** The h2/h3 of a section, one look everywhere. `id` lets a section be `aria-labelledby` it. */
export function SectionHeading({
  children,
  id,
  level = 2,
  size = level === 2 ? "section" : "sub",
  className = "mb-3",
}: {
  children: ReactNode;
  id?: string;
  level?: 2 | 3;
  size?: keyof typeof headingSizes;
  className?: string;
}) {
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag id={id} className={`${headingSizes[size]} font-bold ${className}`}>
      {children}
    </Tag>
  );
}

/** A link in running text or a list, with a 44 px tall touch target. */
export function TextLink({ className = "", ...props }: ComponentProps<typeof Link>) {
  return <Link className={`inline-flex min-h-11 items-center font-semibold text-brand-700 underline ${className}`} {...props} />;
}
