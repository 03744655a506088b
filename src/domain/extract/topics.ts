// Topics (multi-label) and the stance a statement takes on each of troops,
// negotiations and membership, with the words that decided it.

import type { StanceFinding, StanceTopic, StanceValue, Topic } from "./types";

const TOPIC_CUES: Record<StanceTopic, RegExp[]> = {
  troops: [
    /\b(?:troops?|boots on the ground|soldiers|peacekeep\w*|reassurance force|ground forces|combat forces|military personnel|military contingents?|contingents?|no[- ]fly zone|deploy\w*\s+(?:\w+\s+){0,3}(?:forces|troops|soldiers|personnel)|forces in Ukraine|(?:NATO|Western|European|foreign|allied|security|multinational)\s+forces?|send(?:ing)?\s+(?:\w+\s+){0,2}(?:forces|soldiers)|direct (?:intervention|confrontation|involvement)|party to the (?:war|conflict)|sending (?:its|their) troops|deployment|deploy\w*\s+(?:to|in|into)\s+Ukraine|(?:post-war|post-ceasefire|peacekeeping|stabili[sz]ation|monitoring) (?:mission|force)|send (?:anyone|anybody)|(?:NATO|alliance|military) (?:mission|operation)s? in Ukraine|(?:a|any|this) NATO (?:mission|operation)|(?:will|would|could)(?: not| never)? deploy(?=\s*[,.;]|\s*$)|stationed|ground troops)\b/i,
  ],
  negotiations: [
    /\b(?:negotiat\w*|peace talks|talks|ceasefire|cease-fire|truce|armistice|peace (?:deal|agreement|plan|process|settlement|treaty|efforts?|initiative)|deal|settlement|(?:negotiating|peace) table|(?:to|at) the table|position of strength|dialog(?:ue)?|end (?:the|this) war|end to the war|lasting peace|just peace|peaceful (?:time|solution|settlement)|diplomatic solution|security guarantees|mediat\w*|intermediat\w*|peace|peaceful|war to end|end(?:ing)? (?:to )?(?:the|this) (?:war|fighting|conflict)|stop the war|concessions?|give (?:away|up) (?:its |their |any )?(?:land|territor\w+)|occupied territories|territorial|(?:trilateral|bilateral) meeting|meeting (?:between|with) (?:\w+\s+){0,3}Putin|Minsk|nothing about Ukraine without Ukraine)\b/i,
  ],
  membership: [
    /\b(?:join(?:s|ing|ed)? (?:NATO|the alliance)|(?:invited|invite) to join|(?:become|becoming) a member|closer to NATO|is in NATO|veto|membership|member of (?:NATO|the alliance)|member state of NATO|invit\w+ (?:Ukraine|Kyiv|Kiev)|invitation|irreversible|future (?:of Ukraine )?is in NATO|Ukraine(?:'s|’s)? (?:path|future|place) (?:in|to|towards) NATO|path (?:to|towards) (?:NATO|membership)|accession|bridge to (?:NATO|membership)|NATO (?:aspirations|bid|integration))\b/i,
  ],
};

interface StanceRule {
  value: StanceValue;
  re: RegExp;
}

// Order matters: the first rule that matches decides, conditional cues before plain ones.
const STANCE_RULES: Record<StanceTopic, StanceRule[]> = {
  troops: [
    { value: "conditional", re: /\b(?:only (?:after|once|if|when)|after (?:a|the|any) (?:\w+\s+){0,2}?(?:ceasefire|deal|agreement|settlement|truce)|if (?:individual |some |European )?(?:allies|countries|member states|nations) (?:decide|choose|want)|once (?:a|the) (?:ceasefire|peace)|(?:national|individual)(?:ly)? (?:contingents?|basis|decisions?)|participate independently|(?:decision|matter|question) for (?:individual |each of the )?(?:allies|nations|countries|member states|capitals)|(?:decision|matter|question) for (?:each|every|every single|an individual) (?:country|ally|nation|member state|government)|up to (?:each|every|individual) (?:country|countries|ally|allies|nation|nations|member state|member states|government|governments)|(?:member states|allies|countries) (?:would|could|may) (?:participate|contribute|decide)|(?:did not|didn[’']t|does not|doesn[’']t|not|never) rul(?:e|ed|ing) out|too early|(?:without|with) (?:an? |the )?(?:\w+\s+){0,2}backstop|post-(?:conflict|confliction|war)|once (?:peace|the war|fighting)|wait until)\b/i },
    { value: "opposes", re: /\b(?:(?:will|would|does|do|did|is|are|has|have)\s*n[o’']t\s+(?:\w+\s+){0,3}(?:deploy|send|plan|intend|ask|be|want|participat)\w*|no (?:intention|plans?) (?:of|to)\s+(?:\w+\s+){0,2}(?:deploy|send)\w*|no plans? for (?:\w+\s+){0,3}(?:troops|forces|soldiers|deployment)|no (?:(?:NATO|Western|European|U\.S\.|US|American|allied|ground|combat|foreign)\s+){0,3}(?:troops|forces|boots|soldiers)|rules? out|ruled out|unwise|not wise|not (?:a )?party to|unlikely|lead to (?:a )?(?:full-scale |direct |wider |major )?(?:war|confrontation|escalation)|not (?:on the table|an option)|never|avoid (?:a )?(?:full |direct )?confrontation|instead of direct intervention|dismiss\w*)\b/i },
    { value: "supports", re: /\b(?:should|must|will|ready to|prepared to|willing to)\s+(?:\w+\s+){0,2}(?:send|deploy|station|put (?:\w+\s+){0,2}(?:boots|troops|forces))\b|\b(?:supports?|backs?|welcomes?) (?:the )?(?:deployment|sending|idea of sending)\b/i },
  ],
  negotiations: [
    { value: "conditional", re: /\b(?:(?:for|up to) (?:Ukraine|Kyiv|the Ukrainians|Ukrainians|the Ukrainian people) (?:alone )?to decide|only Ukraine (?:that )?can decide|(?:Ukraine|Kyiv) (?:alone )?(?:must|should|will|can) decide|decision (?:lies|lay|rests|rested) with (?:Ukraine|Kyiv|the Ukrainians)|position of strength|(?:best|strongest|strong|stronger) (?:possible )?position|from (?:a|the) position of strength|whenever (?:it|they|Ukraine|Kyiv) (?:decides?|gets?)|when(?:ever)? (?:it|Ukraine|Kyiv|they) (?:is|are) (?:in a position|ready|better prepared)|only when|once Ukraine|not yet (?:in a )?(?:strong enough|position)|too early|wait until|good deal|just (?:and lasting )?peace|force Putin to the (?:negotiating )?table|get Putin to the table|(?:must|should) be (?:at|part of) the (?:negotiating )?table|nothing about Ukraine without Ukraine|security guarantees|demonstrate on the battlefield|only way)\b/i },
    { value: "opposes", re: /\b(?:no (?:role|place|point) in (?:the )?negotiations?|not (?:participate|take part|be part) in (?:\w+\s+){0,4}negotiations?|premature|not the time (?:for|to)|no (?:real )?willingness|not (?:seen|see) (?:a )?(?:real )?willingness|at a disadvantage|very difficult to have a meaningful dialog(?:ue)?|reject\w* (?:talks|negotiations)|refuse\w* to negotiate)\b/i },
    { value: "supports", re: /\b(?:ceasefire now|immediate ceasefire|welcome\w* (?:the )?(?:talks|negotiations|peace efforts?|ceasefire)|support\w* (?:the )?(?:talks|negotiations|peace efforts?|ceasefire)|ready (?:for|to) (?:talks|negotiat\w*)|start (?:peace )?(?:talks|negotiations)|peace talks should|come to the table|negotiations? (?:should|must) (?:start|begin))\b/i },
  ],
  membership: [
    { value: "conditional", re: /\b(?:irreversible|(?:while|as long as|during|in the middle of) (?:the |a |this )?(?:war|hostilities|fighting|conflict)|(?:not|cannot|can't|can’t) (?:going to )?(?:happen|be possible|join) (?:while|during|in the middle of|as long as)|not (?:part of|included in) (?:a|the|any) (?:potential )?(?:peace )?(?:deal|agreement|negotiations)|separate (?:issues?|matters?)|long-term (?:prospect|goal)|bridge|step by step|(?:could|can) ?not specify when|not (?:now|yet|on the table)|when (?:the )?(?:conditions|allies agree)|when the time is right|not (?:yet )?the right time|in the future|eventually|never part of)\b/i },
    { value: "opposes", re: /\b(?:will never join|not (?:a )?realistic|unrealistic|no place (?:in|for Ukraine in) NATO|(?:off|not on) the table|will not (?:join|be invited|become a member)|oppose\w* (?:Ukraine(?:'s|’s)? )?(?:membership|accession)|abandon (?:its|the) (?:intention|aspirations?))\b/i },
    { value: "supports", re: /\b(?:(?:no|n[o’']t have a|n[o’']t have any) veto|(?:need|needs|want|wants|expect|expects|demand|demands|deserve|deserves) (?:an? |the )?(?:clear |formal )?invitation|(?:future|place) (?:of Ukraine )?is in (?:NATO|the alliance)|(?:will|would) (?:join|become a member)|should (?:join|be invited|become a member)|support\w* (?:Ukraine(?:'s|’s)? )?(?:membership|accession|bid)|invite Ukraine|belongs in NATO|invitation now|invite (?:Ukraine |Kyiv )?now|doors? (?:is|are|remains?) open)\b/i },
  ],
};

export interface TopicAnalysis {
  topics: Topic[];
  stance: Partial<Record<StanceTopic, StanceFinding>>;
}

/**
 * Classifies a statement from its words and its frame (the reporter's words
 * around it in the same sentence: "in response to a question about sending
 * troops"). The sentence before is used only when neither names a topic
 * ("I think it would be unwise to do so"). `carried` is the clause a joined
 * clause continues: its topics, never its stance, carry over.
 */
export function analyseTopics(quote: string, frame: string, previous = "", carried = ""): TopicAnalysis {
  const own = topicsOf(`${quote} ${frame}`);
  // Borrow the previous sentence's topic only for a short answer that points back to it ("to do so").
  const borrow = !own.length && ANAPHORIC.test(quote) && quote.split(/\s+/).length <= 15;
  // A clause joined to the one before ("…, adding that the war must end first") goes on about the same thing.
  const topics = own.length ? own : borrow ? topicsOf(previous) : topicsOf(carried);
  const stance: TopicAnalysis["stance"] = {};
  for (const topic of topics) {
    const finding = stanceOf(topic, quote) ?? stanceOf(topic, frame) ?? (borrow ? stanceOf(topic, previous, ["opposes", "conditional"]) : null);
    if (finding) stance[topic] = finding;
  }
  return { topics: topics.length ? topics : ["other"], stance };
}

const ANAPHORIC = /\b(?:do so|doing so|that|this|it|them|there|such)\b/i;

function topicsOf(text: string): StanceTopic[] {
  return (Object.keys(TOPIC_CUES) as StanceTopic[]).filter((topic) => TOPIC_CUES[topic].some((re) => re.test(text)));
}

function stanceOf(topic: StanceTopic, raw: string, allowed?: StanceValue[]): StanceFinding | null {
  if (!raw) return null;
  const text = raw.replace(/[“”"«»„]/g, ""); // `put "boots on the ground"` reads as put boots on the ground
  for (const rule of STANCE_RULES[topic]) {
    if (allowed && !allowed.includes(rule.value)) continue;
    const m = rule.re.exec(text);
    if (m) return { value: rule.value, evidence: m[0] };
  }
  return null;
}
