import { renderCertificatePdf } from "../../../src/features/certificates/pdf";
import type { CertificateContents } from "../../../src/features/certificates/rules";

/** The PDF with fixed Finnish texts (the app fills them from the messages). */
export function certificatePdfForTest(c: CertificateContents) {
  return renderCertificatePdf(c, {
    title: "Työtodistus",
    intro: `${c.clientName} on tehnyt täsmätöitä – åäö € ✓ 😀`,
    tasks: "Tehdyt työt",
    date: "Päivä",
    task: "Työ",
    orderer: "Tilaaja",
    hours: "Tunnit",
    total: "Yhteensä",
    orderers: c.orderers.join(", "),
    feedback: "Palaute",
    signed: `Allekirjoittanut ${c.signedByName}`,
    generated: "Täsmätyö",
    noGigs: "Ei keikkoja",
    category: (x) => x,
    formatDay: (d) => d,
    formatMinutes: (m) => `${m} min`,
  });
}
