import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInvoices } from "../../../src/features/invoicing/actions";
import { emailChannel, type Channel, type OutgoingMessage } from "../../../src/features/notifications/channels";
import { sendOutboxMessage } from "../../../src/features/notifications/reminders";
import { helsinkiInstant } from "../../../src/lib/dates";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { billableOrder, withSellerDetails } from "../../support/invoicing";
import { startLoopbackSmtp, type LoopbackSmtp } from "../../support/smtp";
import { as, type World } from "../../support/world";

// A private person's invoice email carries the invoice's PDF (ADR 061): the outbox row names the
// invoice, and the send builds the PDF from the stored invoice. Through a loopback SMTP server,
// so nodemailer's MIME is what is checked.

let tdb: TestDatabase;
let world: World;
const mails: string[] = [];
let smtp: LoopbackSmtp | undefined;
let smtpPort = 0;

/** The base64 body of the MIME part whose type is application/pdf. */
function pdfPart(mail: string): { header: string; bytes: Buffer } | null {
  const at = mail.search(/^Content-Type: application\/pdf/im);
  if (at < 0) return null;
  const headerEnd = mail.indexOf("\n\n", at);
  const bodyEnd = mail.indexOf("\n--", headerEnd);
  return { header: mail.slice(at, headerEnd), bytes: Buffer.from(mail.slice(headerEnd + 2, bodyEnd).replace(/\s+/g, ""), "base64") };
}

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
  await withSellerDetails(world, "D");
  smtp = await startLoopbackSmtp((m) => mails.push(m.data));
  smtpPort = smtp.port;
});
afterAll(async () => {
  await tdb?.close();
  await smtp?.close();
});

describe("a private person's invoice by email", () => {
  it("the run's email names the invoice to attach, and the sent mail carries its PDF; a company's invoice gets no email", async () => {
    const person = await world.db.orderer.create({ data: { kind: "PRIVATE_PERSON", name: "Pirjo Yksityinen", email: "pirjo@example.fi", status: "VERIFIED" } });
    const personal = await billableOrder(world, { days: [{ day: "2026-10-20", minutes: 90 }] });
    await world.db.order.update({ where: { id: personal.order.id }, data: { ordererId: person.id } });
    const company = await billableOrder(world, { days: [{ day: "2026-10-21", minutes: 60 }] });

    const r = await as(world, "coordinatorD", () => runInvoices({ jobcenterId: world.jobcenterD.id, month: "2026-10" }), helsinkiInstant("2026-11-02", "09:00"));
    expect(r).toMatchObject({ ok: true, data: { created: true } });
    if (!r.ok) return;
    const invoices = await world.db.invoice.findMany({ where: { id: { in: r.data.invoiceIds } } });
    const personInvoice = invoices.find((i) => i.ordererId === person.id)!;
    const companyInvoice = invoices.find((i) => i.ordererId === company.order.ordererId)!;
    expect(personInvoice && companyInvoice).toBeTruthy();

    const messages = await world.db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "invoice:" } } });
    expect(messages).toHaveLength(1);
    const mail = messages[0]!;
    expect(mail).toMatchObject({ to: "pirjo@example.fi", attachInvoiceId: personInvoice.id, dedupeKey: `invoice:${personInvoice.id}` });
    // the plain text still says what to pay, by when and with which reference
    expect(mail.body).toContain(`(${personInvoice.number})`);
    expect(mail.body).toContain(personInvoice.referenceNumber);
    expect(mail.body).toContain("Eräpäivä:");
    expect(mail.body).toMatch(/Summa: \d+,\d\d\s€/);
    expect(await world.db.outboxMessage.count({ where: { attachInvoiceId: companyInvoice.id } })).toBe(0);

    const started = performance.now();
    expect(await sendOutboxMessage(world.db, [emailChannel({ smtpUrl: `smtp://127.0.0.1:${smtpPort}`, from: "laskut@tasmatyo.test" })], mail.id, new Date())).toBe("sent");
    console.log(`invoice email with PDF sent in ${Math.round(performance.now() - started)} ms`);
    expect(mails).toHaveLength(1);
    const part = pdfPart(mails[0]!);
    expect(part).not.toBeNull();
    expect(part!.header).toContain(`lasku-${personInvoice.number}.pdf`);
    const pdf = await PDFDocument.load(part!.bytes);
    expect(pdf.getTitle()).toContain(String(personInvoice.number));
    expect(pdf.getKeywords()).toContain(personInvoice.referenceNumber);
    expect(mails[0]).toMatch(/^Content-Type: text\/plain/im);
  });

  it("messages that name no invoice go without attachments", async () => {
    const seen: OutgoingMessage[] = [];
    const fake: Channel = { kind: "EMAIL", deliver: async (m) => void seen.push(m) };
    const m = await world.db.outboxMessage.create({ data: { channel: "EMAIL", to: "x@example.fi", subject: "Muistutus", body: "Huomenna töihin." } });
    expect(await sendOutboxMessage(world.db, [fake], m.id, new Date())).toBe("sent");
    expect(seen).toHaveLength(1);
    expect(seen[0]!.attachments).toEqual([]);
  });

  it("an invoice that cannot be found fails the send without retrying, and leaves the message unsent", async () => {
    const fake: Channel = { kind: "EMAIL", deliver: async () => {} };
    const m = await world.db.outboxMessage.create({ data: { channel: "EMAIL", to: "x@example.fi", subject: "Lasku", body: "…", attachInvoiceId: "no-such-invoice" } });
    await expect(sendOutboxMessage(world.db, [fake], m.id, new Date())).rejects.toMatchObject({ retryable: false });
    expect(await world.db.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ sentAt: null, error: expect.stringContaining("no-such-invoice") });
  });
});
