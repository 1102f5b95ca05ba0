import { createTranslator, type Messages } from "next-intl";
import type { AppLocale } from "@/i18n/config";
import { intlLocales } from "@/i18n/config";
import { appFormatter } from "@/i18n/format";
import { PdfWriter } from "@/lib/pdf";
import type { ClientExport } from "./queries";

export interface AccessEntry {
  createdAt: Date;
  actorName: string | null;
  action: string;
}

/** The subject-access export as JSON: the stored values as they are, dates as ISO strings. */
export function exportJson(data: ClientExport, access: AccessEntry[], now: Date): string {
  return JSON.stringify({ exportedAt: now.toISOString(), ...data, accessLog: access }, null, 2);
}

/**
 * The same as a readable PDF in the reader's language (ADR 074), through the one PDF writer.
 * Takes the messages rather than reading the request, so that a test renders it too.
 */
export async function exportPdf(data: ClientExport, access: AccessEntry[], locale: AppLocale, messages: Messages, now: Date): Promise<Uint8Array> {
  const t = createTranslator({ locale, messages, namespace: "rights.export" });
  const tu = createTranslator({ locale, messages, namespace: "unit" });
  const tc = createTranslator({ locale, messages, namespace: "coordination" });
  const tr = createTranslator({ locale, messages, namespace: "rights" });
  const tp = createTranslator({ locale, messages, namespace: "people.pathway" });
  const fmt = appFormatter(locale, messages);
  const c = data.client;
  const pdf = await PdfWriter.create({ title: `${t("pdfTitle")}: ${c.firstName} ${c.lastName}`, language: intlLocales[locale] });
  const none = "–";
  const words = (list: readonly string[]) => (list.length ? list.join(", ") : none);
  pdf.heading(`${t("pdfTitle")}: ${c.firstName} ${c.lastName}`);
  pdf.paragraph(t("pdfLead", { date: fmt.date(now) }), { muted: true });

  pdf.heading(t("section.profile"), 2);
  pdf.keyValues([
    [tr("consent.unit"), `${c.unit.name} (${c.unit.jobcenter.name})`],
    [tu("client.phone"), c.phone ?? none],
    [tr("consent.area"), c.area ?? none],
    [tr("consent.skills"), words(c.skills)],
    [tr("consent.interests"), words(c.interests)],
    [tu("client.supportNeeds"), c.supportNeeds ?? none],
    [tr("consent.preferredTimes"), c.preferredTimes ?? none],
    [tu("client.benefits"), c.benefits.map((b) => tu(`benefit.${b}`)).join(", ") || none],
    [tu("client.contractModels"), c.allowedContractModels.map((m) => tc(`contractModel.${m}`)).join(", ") || none],
    [tr("consent.readiness"), tc(`readiness.${c.readiness}`)],
  ]);

  pdf.heading(t("section.consents"), 2);
  if (data.consents.length === 0) pdf.paragraph(none);
  for (const k of data.consents) {
    const who = [...k.partyKinds.map((p) => tr(`consent.party.${p}`)), ...k.parties].join(", ");
    const until = k.validUntil ? ` – ${fmt.day(k.validUntil)}` : "";
    const withdrawn = k.withdrawnAt ? ` (${fmt.date(k.withdrawnAt)} ✕)` : "";
    pdf.paragraph(`${fmt.day(k.agreedOn)}${until}${withdrawn}: ${who}. ${k.scope}`);
  }

  pdf.heading(t("section.readiness"), 2);
  if (data.readiness.length === 0) pdf.paragraph(none);
  for (const r of data.readiness) pdf.paragraph(`${fmt.date(r.createdAt)}: ${tc(`readiness.${r.status}`)}${r.note ? ` – ${r.note}` : ""}`);

  pdf.heading(t("section.gigs"), 2);
  if (data.gigs.length === 0) pdf.paragraph(none);
  else
    pdf.table(
      [
        { header: tr("log.when"), width: 2 },
        { header: t("section.gigs"), width: 4 },
        { header: tc("clientProfile.gigs"), width: 2 },
      ],
      data.gigs.map((g) => [`${fmt.date(g.startsAt)} ${fmt.time(g.startsAt)}`, `#${g.order.number} ${g.order.title} (${g.order.orderer.name})`, g.approvedMinutes !== null ? fmt.minutes(g.approvedMinutes) : tc(`gigStatus.${g.status}`)]),
    );

  pdf.heading(t("section.feedback"), 2);
  if (data.feedback.length === 0) pdf.paragraph(none);
  for (const f of data.feedback) pdf.paragraph(`${fmt.date(f.createdAt)}: ${f.rating}/5${f.comment ? ` – ${f.comment}` : ""}`);

  pdf.heading(t("section.pathway"), 2);
  if (data.pathway.length === 0) pdf.paragraph(none);
  for (const p of data.pathway) pdf.paragraph(`${fmt.day(p.occurredOn)}: ${tp(`kind.${p.kind}`)}${p.note ? ` – ${p.note}` : ""}`);

  pdf.heading(t("section.access"), 2);
  if (access.length === 0) pdf.paragraph(none);
  else
    pdf.table(
      [
        { header: tr("log.when"), width: 2 },
        { header: tr("log.who"), width: 3 },
        { header: tr("log.what"), width: 3 },
      ],
      access.map((a) => [fmt.dateTime(a.createdAt), a.actorName ?? tr("log.system"), a.action]),
    );
  return pdf.save();
}
