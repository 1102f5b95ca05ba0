import type { ReactNode } from "react";
import { Card } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";

export function Section({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  return (
    <Card>
      <SectionHeading className="mb-1">{title}</SectionHeading>
      {lead ? <p className="mb-3 text-muted">{lead}</p> : <div className="mb-3" />}
      {children}
    </Card>
  );
}
