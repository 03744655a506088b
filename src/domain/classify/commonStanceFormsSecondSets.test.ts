// The second and third invented sets of decision 0720, in the same style as commonStanceForms.test.ts: the second was scored
// after the first set's rules were written (and then read for more), the third only after every rule of the decision, as the
// held-out figure. Kept here are the rows the stance stage decides as expected; the misses are listed in the decision record.
import { describe } from "vitest";
import { decidesAs } from "./decidesStance.testing";

describe("negotiations: supports", () => {
  decidesAs("negotiations", [
    ["The cardinal renewed his call for an immediate truce during the Christmas holidays.", "supports"],
    ["\"We demand an end to the war through negotiations,\" the protest organiser said.", "supports"],
    ["The prime minister said a ceasefire, even a partial one, was badly needed.", "supports"],
    ["Erdogan reiterated that Ankara was willing to mediate between Kyiv and Moscow.", "supports"],
    ["The foreign ministry said it supported all efforts aimed at a peaceful settlement.", "supports"],
    ["\"The sooner the talks begin, the better,\" the envoy said.", "supports"],
    ["The minister expressed support for the proposed thirty-day ceasefire.", "supports"],
    ["Kyiv has agreed to the American proposal for a ceasefire, the national security adviser said.", "supports"],
    ["She said the government was committed to finding a diplomatic solution to the war.", "supports"],
    ["\"I believe peace talks should begin without delay,\" the senator told the broadcaster.", "supports"],
    ["The bishops appealed to world leaders to bring the warring parties to the negotiating table.", "supports"],
    ["The president hailed the prisoner exchange and the ceasefire talks as a move in the right direction.", "supports"],
    ["Negotiations are the only sensible option left, the former chancellor said.", "supports"],
    ["The spokesman said Moscow was ready to resume the Istanbul talks at any time.", "supports", "ru"],
    ["The president wants an agreement ending the war and has made that clear, the press secretary said.", "supports"],
    ["We need a ceasefire now, the aid agency chief said.", "supports"],
    ["The Indian prime minister said dialogue and diplomacy were the only way forward.", "supports"],
    ["The Swiss foreign minister said Bern would gladly host any future peace conference.", "supports"],
    ["\"We have always been in favour of a negotiated end to this war,\" the ambassador said.", "supports"],
    ["The pontiff again pleaded for a truce so that the wounded could be evacuated.", "supports"],
    ["The Brazilian president said the world needed a peace club of countries willing to broker a deal.", "supports"],
    ["Diplomacy must be given a chance, the Austrian chancellor told public radio.", "supports"],
    ["The minister said a comprehensive ceasefire remained Kyiv's priority.", "supports"],
    ["\"There is no alternative to dialogue,\" the Kazakh president said.", "supports"],
    ["The envoy said Washington was determined to secure a lasting settlement this year.", "supports"],
    ["The minister called the resumption of direct talks long overdue.", "supports"],
    ["A ceasefire would save thousands of lives, the aid official argued.", "supports"],
  ]);
});

describe("negotiations: conditional", () => {
  decidesAs("negotiations", [
    ["The minister said a truce needed to be verifiable before anyone could trust it.", "conditional"],
    ["Any peace deal would have to include the return of deported children, the ombudsman said.", "conditional"],
    ["The official said the talks could resume only if Moscow returned the prisoners.", "conditional"],
    ["A ceasefire is only possible with firm guarantees from our partners, the president said.", "conditional"],
    ["The chancellor said peace must not mean capitulation.", "conditional"],
    ["The spokesman said Moscow would consider a ceasefire if its conditions were met.", "conditional", "ru"],
    ["Kyiv is ready to negotiate, but only from a position of strength, said an adviser.", "conditional"],
    ["The president said a peace deal could only come after the occupiers left.", "conditional"],
    ["We support a ceasefire, but it must not freeze the occupation, the foreign minister said.", "conditional"],
    ["Any settlement has to respect Ukraine's borders, the Polish president said.", "conditional"],
    ["The chancellor said peace should not come at the price of Ukraine's sovereignty.", "conditional"],
  ]);
});

describe("negotiations: opposes", () => {
  decidesAs("negotiations", [
    ["Such a ceasefire would simply give Russia time to regroup, the commander said.", "opposes"],
    ["The minister said a deal on those terms would reward the aggressor.", "opposes"],
    ["The president said he would not negotiate with terrorists.", "opposes"],
    ["The minister called the peace plan a capitulation in disguise and said Kyiv would never accept it.", "opposes"],
    ["The commander said a truce at this moment would only help the Russian army regroup.", "opposes"],
    ["The president said he rejected any ceasefire that left Russian forces on Ukrainian land.", "opposes"],
    ["The minister dismissed the peace plan as a gift to the Kremlin.", "opposes"],
  ]);
});

describe("negotiations: no stance", () => {
  decidesAs("negotiations", [
    ["The ceasefire talks ended late on Friday without a joint statement, the ministry said.", null],
    ["The negotiations are being led by the national security adviser, the spokesman said.", null],
    ["The envoy arrived in Moscow for talks with the Kremlin on Thursday.", null],
    ["She declined to comment on the details of the peace plan.", null],
    ["The negotiators spent six hours on the text, the spokesman said.", null],
    ["The ceasefire was first proposed in March, the ministry recalled.", null],
  ]);
});

describe("membership: supports", () => {
  decidesAs("membership", [
    ["The minister voiced strong support for Ukraine's accession to NATO.", "supports"],
    ["Membership of the alliance is the only real guarantee of Ukraine's security, the minister said.", "supports"],
    ["\"We stand by Kyiv's aspiration to join NATO,\" the defence minister said.", "supports"],
    ["The senator urged the alliance to invite Ukraine at the summit.", "supports"],
    ["Ukraine's membership in NATO is in the interest of the whole of Europe, the president said.", "supports"],
    ["The prime minister said he was a firm supporter of Ukraine's NATO membership.", "supports"],
    ["Membership should come as soon as possible, the Latvian president said.", "supports"],
    ["The Polish president said he would push for an invitation for Kyiv at the summit.", "supports"],
    ["Membership would bring lasting security to Ukraine and to Europe, the minister said.", "supports"],
    ["The prime minister said Norway stood firmly behind Ukraine's NATO aspirations.", "supports"],
    ["The minister said it was time to invite Ukraine into the alliance.", "supports"],
    ["The sooner Ukraine joins NATO, the safer Europe will be, the Estonian minister said.", "supports"],
  ]);
});

describe("membership: conditional", () => {
  decidesAs("membership", [
    ["Accession talks could open once the fighting ends, the diplomat said.", "conditional"],
    ["The minister said Ukraine would be invited when all allies agreed and the conditions were met.", "conditional"],
    ["\"Ukraine will join NATO, but not during the war,\" the secretary general said.", "conditional"],
    ["Membership stays a long-term goal, not an immediate prospect, the official said.", "conditional"],
    ["The president said Ukraine's accession would depend on the outcome of the war.", "conditional"],
    ["The chancellor said Ukraine could join the alliance once the war was over.", "conditional"],
    ["Membership is a matter for the future, the defence minister said.", "conditional"],
    ["The diplomat said an invitation would only come after the fighting stopped.", "conditional"],
    ["Ukraine will become a member, but not while the war rages, the alliance chief said.", "conditional"],
    ["The minister said accession remained a long-term prospect for Kyiv.", "conditional"],
    ["Kyiv's membership would depend on unanimous agreement among allies, the diplomat said.", "conditional"],
  ]);
});

describe("membership: opposes", () => {
  decidesAs("membership", [
    ["The prime minister said his government would block Ukraine's accession to NATO.", "opposes"],
    ["Bringing Ukraine into NATO would be a grave mistake, the former ambassador said.", "opposes"],
    ["The minister said membership for Ukraine was out of the question for the foreseeable future.", "opposes"],
    ["Ukraine's accession would drag the alliance into war with Russia, the populist leader warned.", "opposes"],
    ["The Hungarian foreign minister said Budapest would block any invitation to Kyiv.", "opposes"],
    ["The envoy said Ukrainian membership was not going to happen.", "opposes"],
    ["The minister said he was against Ukraine joining NATO.", "opposes"],
  ]);
});

describe("membership: no stance", () => {
  decidesAs("membership", [
    ["The summit communique mentioned Ukraine's membership in its final paragraph.", null],
    ["Sweden's membership was ratified by the Turkish parliament in January.", null],
    ["The membership action plan was adopted in 2008, the historian noted.", null],
  ]);
});

describe("troops: supports", () => {
  decidesAs("troops", [
    ["The French president said Paris was prepared to deploy several thousand soldiers to Ukraine.", "supports"],
    ["The minister said Latvia stood ready to send a contingent to Ukraine.", "supports"],
    ["\"We are willing to put our own soldiers on the ground,\" the premier said.", "supports"],
    ["The defence minister said the country would contribute a battalion to the multinational force.", "supports"],
    ["The former general said a Western deployment in Ukraine was long overdue.", "supports"],
    ["The Estonian prime minister said Tallinn was ready to send a company of soldiers.", "supports"],
    ["The minister said European troops were needed in Ukraine to deter Russia.", "supports"],
    ["The president called on European allies to send soldiers to Ukraine.", "supports"],
    ["The defence minister said the country would contribute peacekeepers to the coalition.", "supports"],
  ]);
});

describe("troops: conditional", () => {
  decidesAs("troops", [
    ["Soldiers would only be deployed after a peace agreement, the defence minister said.", "conditional"],
    ["The prime minister said any deployment depended on American support.", "conditional"],
    ["The minister said troops might be sent under a United Nations mandate.", "conditional"],
    ["Any European force would need air cover from the United States, the minister said.", "conditional"],
    ["The president said his country would not send troops while the fighting continues.", "conditional"],
    ["The country is not ruling out a contribution to the reassurance force, the minister said.", "conditional"],
    ["The minister said troops would be sent only with a mandate from the Security Council.", "conditional"],
    ["Soldiers could be deployed once a ceasefire was agreed, the prime minister said.", "conditional"],
    ["The country was open to sending soldiers as part of a peace settlement, the minister said.", "conditional"],
    ["Any deployment would depend on a US security backstop, the defence secretary said.", "conditional"],
    ["The president said he did not rule out a deployment of Western soldiers.", "conditional"],
  ]);
});

describe("troops: opposes", () => {
  decidesAs("troops", [
    ["Deploying allied troops would drag Europe into a direct war with Russia, the prime minister said.", "opposes"],
    ["\"Not a single soldier of ours will go to Ukraine,\" the prime minister said.", "opposes"],
    ["The defence minister dismissed talk of a European deployment as premature and dangerous.", "opposes"],
    ["The spokesman said Moscow would regard any foreign troops in Ukraine as a legitimate target.", "opposes", "ru"],
    ["The prime minister said there would be no German soldiers deployed in Ukraine.", "opposes"],
    ["Sending troops would be a fatal mistake, the Slovak premier said.", "opposes"],
    ["The minister said Rome had no intention whatsoever of sending its troops.", "opposes"],
    ["The Kremlin spokesman said any Western peacekeepers in Ukraine would be unacceptable to Moscow.", "opposes", "ru"],
  ]);
});

describe("troops: no stance", () => {
  decidesAs("troops", [
    ["Troops from eight countries took part in the exercise in Lithuania, the ministry said.", null],
    ["The soldiers returned to their barracks after the parade, the ministry said.", null],
    ["The defence ministers met to discuss the structure of a possible force.", null],
  ]);
});
