import type { WorkCategory } from "./orderers";

// The fixed texts the demo orders are made of.

export interface TaskTemplate {
  title: string;
  description: string;
  ordererProvides?: string;
  orientation?: string;
  minutes: number;
}

export const TASKS: Record<WorkCategory, TaskTemplate[]> = {
  CLEANING: [
    { title: "Toimiston perussiivous", description: "Pölyjen pyyhintä, roskien tyhjennys ja lattioiden imurointi noin 200 neliön toimistossa.", ordererProvides: "Siivousvälineet ja -aineet", orientation: "Näytämme siivouskomeron ja kerromme, mitkä huoneet siivotaan.", minutes: 180 },
    { title: "Varaston siivous ja järjestely", description: "Varaston hyllyjen pyyhkiminen, tavaroiden lajittelu ja lattian lakaisu.", ordererProvides: "Työkäsineet ja jätesäkit", orientation: "Varastovastaava opastaa paikan päällä.", minutes: 240 },
    { title: "Ikkunoiden pesu", description: "Sisäpuolen ikkunoiden pesu kahdessa kerroksessa. Ei korkeita paikkoja.", ordererProvides: "Ikkunanpesuvälineet", orientation: "Lyhyt perehdytys välineiden käyttöön.", minutes: 180 },
    { title: "Turvapuhelimien puhdistus", description: "Asiakkaiden turvapuhelimien ja rannekkeiden puhdistus ja pakkaaminen.", ordererProvides: "Puhdistusaineet ja liinat", orientation: "Näytämme, miten laitteet puhdistetaan.", minutes: 150 },
  ],
  OUTDOOR: [
    { title: "Pihan haravointi", description: "Lehtien haravointi ja säkitys pihalla ja nurmikolla.", ordererProvides: "Haravat, säkit ja työkäsineet", orientation: "Näytämme alueen ja säkkien paikan.", minutes: 180 },
    { title: "Lumityöt sisäpihalla", description: "Sisäpihan ja portaiden lumityöt ja hiekoitus.", ordererProvides: "Lumilapiot ja hiekoitushiekka", orientation: "Talonmies näyttää alueen.", minutes: 120 },
    { title: "Istutuslaatikoiden kunnostus", description: "Kesäkukkien poisto ja laatikoiden tyhjennys talvea varten.", ordererProvides: "Työvälineet", minutes: 180 },
  ],
  PACKING_MAILING: [
    { title: "Jäsenkirjeiden postitus", description: "Kirjeiden taittelu, kuorittaminen ja postimerkkien liimaus noin 600 jäsenelle.", ordererProvides: "Kirjeet, kuoret ja merkit", orientation: "Näytämme mallikirjeen.", minutes: 180 },
    { title: "Asukaskansioiden kokoaminen", description: "Uusien asukkaiden tervetulokansioiden kokoaminen valmiista papereista.", ordererProvides: "Kansiot ja paperit", orientation: "Mallikansio on valmiina.", minutes: 150 },
    { title: "Tuotteiden pakkaaminen", description: "Pienten tuotteiden pakkaaminen laatikoihin ja osoitetarrojen liimaus.", ordererProvides: "Pakkausmateriaalit", orientation: "Työnjohtaja opastaa aamulla.", minutes: 240 },
  ],
  ARCHIVING: [
    { title: "Opinnäytetöiden arkistointi", description: "Opinnäytetöiden lajittelu vuoden mukaan ja siirto arkistokoteloihin.", ordererProvides: "Arkistokotelot ja tarrat", orientation: "Kirjastonhoitaja näyttää järjestyksen.", minutes: 180 },
    { title: "Vanhojen asiakirjojen lajittelu", description: "Paperiasiakirjojen lajittelu säilytettäviin ja hävitettäviin ohjeen mukaan.", ordererProvides: "Lajitteluohje ja laatikot", orientation: "Käymme ohjeen yhdessä läpi.", minutes: 180 },
  ],
  MOVING: [
    { title: "Muuttolaatikoiden pakkaaminen", description: "Toimiston tavaroiden pakkaaminen muuttolaatikoihin ja laatikoiden merkintä.", ordererProvides: "Muuttolaatikot ja teippi", orientation: "Kerromme, mitä pakataan ensin.", minutes: 240 },
    { title: "Salibandymattojen asennus", description: "Salibandymattojen levitys ja kiinnitys liikuntasaliin ennen turnausta.", ordererProvides: "Matot ja työkäsineet", orientation: "Valvoja näyttää mattojen järjestyksen.", minutes: 150 },
    { title: "Kalusteiden siirto", description: "Kevyiden kalusteiden siirto kerrosten välillä. Hissi käytössä.", ordererProvides: "Siirtokärry", minutes: 180 },
  ],
  ELDERLY_HELP: [
    { title: "Ulkoiluapu palvelukeskuksessa", description: "Asukkaiden saattaminen ulkoilemaan pihalle ja takaisin.", orientation: "Hoitaja kertoo asukkaista ennen ulkoilua.", minutes: 120 },
    { title: "Kauppa-apu ikäihmiselle", description: "Kauppaostosten tekeminen listan mukaan ja kantaminen kotiin.", orientation: "Sovimme ostoslistan puhelimessa.", minutes: 120 },
    { title: "Kahvihetken järjestäminen", description: "Kahvin keittäminen, pöytien kattaminen ja tiskaus seniorien kahvihetkessä.", ordererProvides: "Kahvitarvikkeet", minutes: 150 },
  ],
  SEWING: [
    { title: "Verhojen lyhentäminen", description: "Kerhotilan verhojen lyhentäminen ja päärmäys ompelukoneella.", ordererProvides: "Verhot ja ompelukone", orientation: "Näytämme oikean pituuden.", minutes: 180 },
    { title: "Kangaskassien ompelu", description: "Kangaskassien ompelu valmiiksi leikatuista kappaleista myyjäisiin.", ordererProvides: "Kankaat ja langat", minutes: 240 },
  ],
};

/** Work sites, used in turn (a private person's orders are at their home). */
export const STREETS = [
  ["Hämeentie 33", "00500"],
  ["Mannerheimintie 12", "00100"],
  ["Vaasankatu 7", "00500"],
  ["Fleminginkatu 18", "00510"],
  ["Kontulankaari 1", "00940"],
  ["Vuotie 45", "00980"],
  ["Malminkaari 5", "00700"],
  ["Mechelininkatu 27", "00100"],
  ["Runeberginkatu 40", "00260"],
  ["Itäkatu 11", "00930"],
] as const;
