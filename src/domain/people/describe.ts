// What the gazetteer knows about a canonical name: aliases and dated roles.
import { PEOPLE, type RoleTerm } from "./gazetteer";

export interface PersonFacts {
  aliases: string[];
  roles: RoleTerm[];
}

export function describePerson(name: string): PersonFacts {
  const person = PEOPLE.find((p) => p.name === name);
  return person ? { aliases: person.aliases, roles: person.roles } : { aliases: [], roles: [] };
}
