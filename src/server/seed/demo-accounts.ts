// The demo sign-ins: the seed creates them, the README lists them and the browser tests use
// them. Made-up people and organisations only.

export const DEMO_PASSWORD = "Demo-salasana-2026";

export const DEMO_JOBCENTERS = {
  disability: { slug: "vammaisten-tyokeskus", name: "Vammaisten työtoiminnan Työkeskus" },
  rehabilitative: { slug: "aikuissosiaalityon-tyokeskus", name: "Aikuissosiaalityön Työkeskus" },
} as const;

export const DEMO_STAFF = {
  admin: { email: "admin@tasmatyo.demo", name: "Aino Ylläpitäjä" },
  coordinatorDisability: { email: "koordinaattori@vammaiset.demo", name: "Kaisa Koordinaattori" },
  coordinatorRehabilitative: { email: "koordinaattori@aikuissosiaalityo.demo", name: "Risto Koordinaattori" },
  // unit "Pajala" of the disability Jobcenter
  staffDisability: { email: "ohjaaja.pajala@vammaiset.demo", name: "Olli Ohjaaja" },
  // unit "Kuntouttava Itä" of the rehabilitative Jobcenter
  staffRehabilitative: { email: "ohjaaja.ita@aikuissosiaalityo.demo", name: "Outi Ohjaaja" },
  // reads the disability Jobcenter's figures at /reports (ADR 071)
  managerDisability: { email: "johtaja@vammaiset.demo", name: "Johanna Johtaja" },
  // contact of the company "Siisti Oy"
  ordererCompany: { email: "tilaaja@siisti.demo", name: "Tiina Tilaaja" },
  // contact of the association "Kotikulman yhdistys ry"
  ordererAssociation: { email: "tilaaja@kotikulma.demo", name: "Yrjö Yhdistys" },
} as const;

export const DEMO_CLIENTS = {
  // disability work activity, unit Pajala: has a next gig, an offer waiting and done gigs
  disability: { username: "maija", pin: "246810", firstName: "Maija", lastName: "Mäkinen" },
  // rehabilitative work activity, unit Kuntouttava Itä: labour market subsidy
  rehabilitative: { username: "pekka", pin: "135790", firstName: "Pekka", lastName: "Pitkänen" },
} as const;
