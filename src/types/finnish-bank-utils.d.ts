// finnish-bank-utils ships no types; these are the functions the app uses (see its README).
declare module "finnish-bank-utils" {
  const FinnishBankUtils: {
    isValidFinnishIBAN(iban: string): boolean;
    isValidFinnishRefNumber(reference: string): boolean;
    formatFinnishIBAN(iban: string): string | false;
    formatFinnishRefNumber(reference: string): string | false;
    generateFinnishRefNumber(): string;
    formatFinnishVirtualBarCode(input: { iban: string; sum: number; reference: string; date: string }): string | false;
    parseFinnishVirtualBarCode(barCode: string): { iban: string; sum: number; reference: string; date: string } | false;
  };
  export default FinnishBankUtils;
}
