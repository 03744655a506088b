// The correctable fields of a statement as form inputs (names read by src/server/editor/reviewForm.ts).
import { ValueOptions } from "./ValueOptions";
import { PRECISION_VALUES, STANCE_TOPIC_VALUES, STANCE_VALUES, TOPIC_VALUES } from "@/server/editor/fields";

export interface EditableFields {
  speaker: string | null;
  speakerRole: string | null;
  kind: "direct" | "indirect";
  date: string | null;
  datePrecision: "day" | "month" | "year" | null;
  topics: string[];
  stances: { topic: string; value: string; evidence: string }[];
  outletCited: string | null;
  venue: string | null;
}

const input = "mt-1 block w-full rounded-md border border-slate-400 px-2 py-1";

export function StatementFieldsInputs({ fields, knownSpeakers }: { fields: EditableFields; knownSpeakers: string[] }) {
  const stance = (topic: string) => fields.stances.find((s) => s.topic === topic);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <label className="block">
        Speaker (a known person, or type a new name)
        <input name="speaker" list="known-speakers" defaultValue={fields.speaker ?? ""} className={input} accessKey="p" />
        <datalist id="known-speakers">
          {knownSpeakers.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </label>
      <label className="block">
        Role at the time
        <input name="speakerRole" defaultValue={fields.speakerRole ?? ""} className={input} />
      </label>
      <label className="block">
        Kind
        <select name="kind" defaultValue={fields.kind} className={input}>
          <option value="direct">Direct quote</option>
          <option value="indirect">Reported speech</option>
        </select>
      </label>
      <div className="flex gap-2">
        <label className="block flex-1">
          Date (YYYY-MM-DD, YYYY-MM or YYYY)
          <input name="date" defaultValue={fields.date ?? ""} className={input} />
        </label>
        <label className="block">
          Precision
          <select name="datePrecision" defaultValue={fields.datePrecision ?? ""} className={input}>
            <ValueOptions values={PRECISION_VALUES} empty="—" />
          </select>
        </label>
      </div>
      <fieldset className="sm:col-span-2">
        <legend>Topics</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {TOPIC_VALUES.map((topic) => (
            <label key={topic} className="flex items-center gap-1">
              <input type="checkbox" name="topics" value={topic} defaultChecked={fields.topics.includes(topic)} /> {topic}
            </label>
          ))}
        </div>
      </fieldset>
      {STANCE_TOPIC_VALUES.map((topic) => (
        <fieldset key={topic} className="sm:col-span-2 grid gap-2 sm:grid-cols-[12rem_1fr]">
          <legend className="sr-only">Stance on {topic}</legend>
          <label className="block">
            Stance on {topic}
            <select name={`stance-${topic}`} defaultValue={stance(topic)?.value ?? ""} className={input}>
              <ValueOptions values={STANCE_VALUES} empty="no stance" />
            </select>
          </label>
          <label className="block">
            Words that decide it
            <input name={`evidence-${topic}`} defaultValue={stance(topic)?.evidence ?? ""} className={input} />
          </label>
        </fieldset>
      ))}
      <label className="block">
        Outlet chain (receiving outlet first, separated by “;”)
        <input name="outletCited" defaultValue={fields.outletCited ?? ""} className={input} />
      </label>
      <label className="block">
        Venue
        <input name="venue" defaultValue={fields.venue ?? ""} className={input} />
      </label>
    </div>
  );
}
