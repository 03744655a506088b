// Media outlets that news copy cites, with the forms they appear in.

export type OutletKind = "wire" | "newspaper" | "broadcaster" | "online" | "platform";

export interface KnownOutlet {
  name: string;
  kind: OutletKind;
  aliases: string[];
}

export const OUTLETS: KnownOutlet[] = [
  { name: "Reuters", kind: "wire", aliases: [] },
  { name: "Associated Press", kind: "wire", aliases: ["AP", "the Associated Press"] },
  { name: "AFP", kind: "wire", aliases: ["Agence France-Presse", "Agence France Presse"] },
  { name: "ANSA", kind: "wire", aliases: [] },
  { name: "Focus", kind: "wire", aliases: ["Focus news agency", "Focus agency"] },
  { name: "Ukrinform", kind: "wire", aliases: [] },
  { name: "Interfax-Ukraine", kind: "wire", aliases: ["Interfax Ukraine"] },
  { name: "Interfax", kind: "wire", aliases: [] },
  { name: "TASS", kind: "wire", aliases: [] },
  { name: "RIA Novosti", kind: "wire", aliases: ["RIA"] },
  { name: "UNIAN", kind: "wire", aliases: [] },
  { name: "dpa", kind: "wire", aliases: ["DPA", "Deutsche Presse-Agentur"] },
  { name: "EFE", kind: "wire", aliases: [] },
  { name: "PAP", kind: "wire", aliases: [] },
  { name: "Bloomberg", kind: "wire", aliases: [] },
  { name: "Fox News", kind: "broadcaster", aliases: ["Fox", "Fox News Channel"] },
  { name: "BBC", kind: "broadcaster", aliases: ["the BBC", "BBC News"] },
  { name: "CNN", kind: "broadcaster", aliases: [] },
  { name: "CBS News", kind: "broadcaster", aliases: ["CBS"] },
  { name: "NBC News", kind: "broadcaster", aliases: ["NBC"] },
  { name: "ABC News", kind: "broadcaster", aliases: ["ABC"] },
  { name: "MSNBC", kind: "broadcaster", aliases: [] },
  { name: "Sky News", kind: "broadcaster", aliases: [] },
  { name: "Euronews", kind: "broadcaster", aliases: [] },
  { name: "Deutsche Welle", kind: "broadcaster", aliases: ["DW"] },
  { name: "RT", kind: "broadcaster", aliases: ["Russia Today"] },
  { name: "Suspilne", kind: "broadcaster", aliases: [] },
  { name: "Radio Liberty", kind: "broadcaster", aliases: ["Radio Free Europe/Radio Liberty", "RFE/RL", "Radio Svoboda"] },
  { name: "LBC", kind: "broadcaster", aliases: [] },
  { name: "ITV", kind: "broadcaster", aliases: [] },
  { name: "Channel 4", kind: "broadcaster", aliases: [] },
  { name: "ZDF", kind: "broadcaster", aliases: [] },
  { name: "ARD", kind: "broadcaster", aliases: [] },
  { name: "RAI", kind: "broadcaster", aliases: [] },
  { name: "Politico", kind: "online", aliases: ["POLITICO", "Politico Europe"] },
  { name: "Axios", kind: "online", aliases: [] },
  { name: "Ukrainska Pravda", kind: "online", aliases: ["Ukrainian Pravda"] },
  { name: "European Pravda", kind: "online", aliases: ["Yevropeiska Pravda"] },
  { name: "Kyiv Independent", kind: "online", aliases: ["The Kyiv Independent"] },
  { name: "RBC-Ukraine", kind: "online", aliases: ["RBC Ukraine"] },
  { name: "New Voice of Ukraine", kind: "online", aliases: ["NV", "New Voice"] },
  { name: "Caliber.Az", kind: "online", aliases: ["Caliber"] },
  { name: "Censor.net", kind: "online", aliases: [] },
  { name: "Espreso", kind: "online", aliases: [] },
  { name: "Hromadske", kind: "online", aliases: [] },
  { name: "Novinite", kind: "online", aliases: ["Novinite.com"] },
  { name: "The Guardian", kind: "newspaper", aliases: ["Guardian"] },
  { name: "The New York Times", kind: "newspaper", aliases: ["New York Times", "NYT"] },
  { name: "The Washington Post", kind: "newspaper", aliases: ["Washington Post"] },
  { name: "The Wall Street Journal", kind: "newspaper", aliases: ["Wall Street Journal", "WSJ"] },
  { name: "Financial Times", kind: "newspaper", aliases: ["the Financial Times", "FT"] },
  { name: "The Times", kind: "newspaper", aliases: [] },
  { name: "The Telegraph", kind: "newspaper", aliases: ["Telegraph", "The Daily Telegraph"] },
  { name: "The Economist", kind: "newspaper", aliases: ["Economist"] },
  { name: "Der Spiegel", kind: "newspaper", aliases: ["Spiegel"] },
  { name: "Bild", kind: "newspaper", aliases: ["Bild am Sonntag"] },
  { name: "Die Welt", kind: "newspaper", aliases: [] },
  { name: "Welt am Sonntag", kind: "newspaper", aliases: [] },
  { name: "Frankfurter Allgemeine Zeitung", kind: "newspaper", aliases: ["FAZ"] },
  { name: "Le Monde", kind: "newspaper", aliases: [] },
  { name: "Le Figaro", kind: "newspaper", aliases: [] },
  { name: "Corriere della Sera", kind: "newspaper", aliases: [] },
  { name: "La Repubblica", kind: "newspaper", aliases: [] },
  { name: "El País", kind: "newspaper", aliases: ["El Pais"] },
  { name: "Kommersant", kind: "newspaper", aliases: [] },
  { name: "Izvestia", kind: "newspaper", aliases: [] },
  { name: "Gazeta Wyborcza", kind: "newspaper", aliases: [] },
  // Baltic, Nordic, Central European and other outlets often cited on NATO's eastern flank.
  { name: "LRT", kind: "broadcaster", aliases: ["Lithuanian National Radio and Television", "LRT radio", "LRT TV"] },
  { name: "BNS", kind: "wire", aliases: ["Baltic News Service"] },
  { name: "Delfi", kind: "online", aliases: [] },
  { name: "ERR", kind: "broadcaster", aliases: ["ERR News"] },
  { name: "LSM", kind: "broadcaster", aliases: ["Latvian Public Broadcasting"] },
  { name: "Yle", kind: "broadcaster", aliases: ["YLE"] },
  { name: "NRK", kind: "broadcaster", aliases: [] },
  { name: "SVT", kind: "broadcaster", aliases: [] },
  { name: "TVP", kind: "broadcaster", aliases: ["TVP World", "TVP Info"] },
  { name: "Polsat News", kind: "broadcaster", aliases: ["Polsat"] },
  { name: "RMF FM", kind: "broadcaster", aliases: [] },
  { name: "Rzeczpospolita", kind: "newspaper", aliases: [] },
  { name: "NOS", kind: "broadcaster", aliases: [] },
  { name: "NRC", kind: "newspaper", aliases: ["NRC Handelsblad"] },
  { name: "De Telegraaf", kind: "newspaper", aliases: ["Telegraaf"] },
  { name: "Süddeutsche Zeitung", kind: "newspaper", aliases: ["Sueddeutsche Zeitung", "SZ"] },
  { name: "Handelsblatt", kind: "newspaper", aliases: [] },
  { name: "Deutschlandfunk", kind: "broadcaster", aliases: [] },
  { name: "France Inter", kind: "broadcaster", aliases: [] },
  { name: "France 24", kind: "broadcaster", aliases: [] },
  { name: "TF1", kind: "broadcaster", aliases: [] },
  { name: "LCI", kind: "broadcaster", aliases: [] },
  { name: "El Mundo", kind: "newspaper", aliases: [] },
  { name: "Kyiv Post", kind: "online", aliases: [] },
  { name: "Meduza", kind: "online", aliases: [] },
  { name: "Al Jazeera", kind: "broadcaster", aliases: [] },
  { name: "Anadolu", kind: "wire", aliases: ["Anadolu Agency", "Anadolu Ajansi"] },
  { name: "NPR", kind: "broadcaster", aliases: ["National Public Radio"] },
  { name: "PBS", kind: "broadcaster", aliases: ["PBS NewsHour"] },
  { name: "Newsweek", kind: "online", aliases: [] },
  { name: "The Atlantic", kind: "online", aliases: [] },
  { name: "The Independent", kind: "newspaper", aliases: [] },
  { name: "Times Radio", kind: "broadcaster", aliases: [] },
  { name: "Defense News", kind: "online", aliases: [] },
  { name: "Breaking Defense", kind: "online", aliases: [] },
  { name: "Telegram", kind: "platform", aliases: [] },
  { name: "X", kind: "platform", aliases: ["Twitter"] },
  { name: "Facebook", kind: "platform", aliases: [] },
  { name: "Instagram", kind: "platform", aliases: [] },
  { name: "YouTube", kind: "platform", aliases: [] },
];

const BY_ALIAS = new Map<string, KnownOutlet>();
for (const outlet of OUTLETS) {
  for (const alias of [outlet.name, ...outlet.aliases]) BY_ALIAS.set(normalizeOutletKey(alias), outlet);
}

function normalizeOutletKey(value: string): string {
  return value.toLowerCase().replace(/^the\s+/, "").replace(/[’']s$/, "").replace(/\s+/g, " ").trim();
}

export function findKnownOutlet(name: string): KnownOutlet | null {
  return BY_ALIAS.get(normalizeOutletKey(name)) ?? null;
}

/** The canonical name for an outlet as printed, or the printed name tidied. */
export function canonicalOutletName(printed: string): string {
  const known = findKnownOutlet(printed);
  if (known) return known.name;
  return printed.replace(/^the\s+/i, "").replace(/\s*\([^)]*\)\s*$/, "").replace(/[’']s$/, "").trim();
}

/** Alternation of every outlet form, longest first, for use inside a RegExp. */
export const KNOWN_OUTLET_PATTERN = OUTLETS.flatMap((o) => [o.name, ...o.aliases])
  .map((form) => form.replace(/^the\s+/i, ""))
  .sort((a, b) => b.length - a.length)
  .map((key) => key.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
  .join("|");
