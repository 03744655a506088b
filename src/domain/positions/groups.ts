// NATO officials first: a speaker counts as one when they held a NATO office (a title from the offices data
// of kind "nato", or a printed role naming NATO) at some time in the span of their statements shown.
import { OFFICES } from "../people/gazetteer";

const NATO_TITLES = new Set(OFFICES.filter((office) => office.kind === "nato").map((office) => office.title.toLowerCase()));

export interface RoleSpan {
  title: string;
  startDate: string | null;
  /** First day out of office; null while in office or unknown. */
  endDate: string | null;
}

export function isNatoTitle(title: string): boolean {
  return NATO_TITLES.has(title.toLowerCase()) || /\bNATO\b/.test(title);
}

/** Whether any NATO role overlaps [from, to] (both days included); undated roles always count. */
export function isNatoOfficial(roles: RoleSpan[], span: { from: string; to: string } | null): boolean {
  return roles.some(
    (role) =>
      isNatoTitle(role.title) &&
      (span === null || ((role.startDate === null || role.startDate <= span.to) && (role.endDate === null || role.endDate > span.from))),
  );
}
