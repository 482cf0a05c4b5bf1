/** The gold format of docs/gold-format.md, as the generator writes it. */
export interface GoldDocument {
  document: string;
  primary_place: string;
  places: { name: string; kind: string; parent: string | null; aliases: string[] }[];
  zones: { name: string; place: string; aliases: string[] }[];
  projects: {
    name: string;
    place: string;
    enterprise: string | null;
    status: string | null;
    aliases: string[];
  }[];
  enterprises: { name: string; place: string; aliases: string[] }[];
  institutions: { name: string; aliases: string[] }[];
  programmes: { name: string; level: string; aliases: string[] }[];
  people: { name: string; role: string; place: string }[];
  targets: GoldFigure[];
  indicators: GoldFigure[];
  relations: { type: string; from: string; to: string }[];
}

export interface GoldFigure {
  subject: string;
  metric: string;
  value: number;
  unit: string;
  year: number | null;
  qualifier?: string | null;
  text: string;
}

export function emptyGold(document: string, primaryPlace: string): GoldDocument {
  return {
    document,
    primary_place: primaryPlace,
    places: [],
    zones: [],
    projects: [],
    enterprises: [],
    institutions: [],
    programmes: [],
    people: [],
    targets: [],
    indicators: [],
    relations: [],
  };
}
