// "Where does this person stand?": for each topic the current position (latest stance, since when, how many
// statements hold it), a small position row like /positions (the same PositionRow), every change, and the
// topic's latest statements.
import { formatCount, formatDate, formatDateShort, inQuotationMarks, stanceDescription, stanceLabel, topicLabel } from "@/lib/format";
import { positionsUrl, statementsUrl, statementUrl } from "@/lib/urls";
import type { SpeakerPositions, SpeakerTopicPosition, StatementPage } from "@/server/queries";
import { StatementCard } from "../StatementCard";
import { ChangeList } from "./ChangeList";
import { MarkKeyboard } from "./MarkKeyboard";
import { PositionRow } from "./PositionRow";
import { StanceIcon } from "./StanceMark";

const LINK = "text-blue-800 underline underline-offset-2 dark:text-blue-300";

function yearStarts(start: string, end: string): string[] {
  const years: string[] = [];
  for (let y = Number(start.slice(0, 4)) + 1; `${y}-01-01` < end; y++) years.push(`${y}-01-01`);
  return years;
}

function Current({ topic, position }: { topic: SpeakerTopicPosition["topic"]; position: NonNullable<SpeakerTopicPosition["current"]> }) {
  return (
    <p className="flex items-start gap-2" data-testid="current-position">
      <StanceIcon stance={position.stance} className="mt-1 h-4 w-4 shrink-0" />
      <span>
        <strong>{stanceLabel(position.stance)}</strong> ({stanceDescription(topic, position.stance)}) since{" "}
        {formatDate(position.since)}, held in {formatCount(position.statements, "statement")}; latest{" "}
        <a href={statementUrl(position.latest)} className={LINK}>
          {formatDate(position.latest.date, position.latest.datePrecision)}: {inQuotationMarks(position.latest.quote, 100)}
        </a>
        {position.latest.evidence ? ` (decided by “${position.latest.evidence}”)` : ""}.
      </span>
    </p>
  );
}

function Topic({ slug, name, topic, statements }: { slug: string; name: string; topic: SpeakerTopicPosition; statements: StatementPage }) {
  const id = `stand-${topic.topic}`;
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900" data-testid={`stand-${topic.topic}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={id} className="text-lg font-bold">
          {topicLabel(topic.topic)}
        </h3>
        <a href={positionsUrl({ topic: topic.topic, speaker: [slug] })} className={`text-sm ${LINK}`}>
          On the positions chart
        </a>
      </div>
      {topic.current ? (
        <Current topic={topic.topic} position={topic.current} />
      ) : (
        <p className="text-slate-700 dark:text-slate-300">{topic.row ? "No stance recorded on this topic." : "No dated statements on this topic."}</p>
      )}
      {topic.row && topic.scale ? (
        <MarkKeyboard className="overflow-x-auto">
          <div className="min-w-[30rem]">
            <PositionRow row={topic.row} scale={topic.scale} topic={topic.topic} gridDays={yearStarts(topic.scale.start, topic.scale.end)} />
            <p className="mt-1 flex justify-between text-xs text-slate-700 dark:text-slate-300" aria-hidden="true">
              <span>{formatDateShort(topic.scale.start, "month")}</span>
              <span>{formatDateShort(topic.scale.end, "month")}</span>
            </p>
          </div>
        </MarkKeyboard>
      ) : null}
      {topic.changes.length > 0 ? (
        <div>
          <h4 className="mb-2 font-semibold">
            Changes of position ({topic.changeCount}{topic.changeCount > topic.changes.length ? `, the latest ${topic.changes.length} listed` : ""})
          </h4>
          <ChangeList changes={topic.changes} speaker={{ slug, name }} showSpeaker={false} />
          {topic.changeCount > topic.changes.length ? (
            <p className="mt-2 text-sm">
              <a href={positionsUrl({ topic: topic.topic, speaker: [slug] })} className={LINK}>
                Earlier changes of {name} on {topicLabel(topic.topic)}, period by period
              </a>
            </p>
          ) : null}
        </div>
      ) : topic.current ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">No change of position recorded.</p>
      ) : null}
      {statements.items.length > 0 ? (
        <div>
          <h4 className="mb-2 font-semibold">Statements on this topic</h4>
          <ol className="space-y-3">
            {statements.items.map((s) => (
              <li key={s.id}>
                <StatementCard statement={s} />
              </li>
            ))}
          </ol>
          <p className="mt-2 text-sm">
            <a href={statementsUrl({ speaker: slug, topic: topic.topic })} className={LINK}>
              All of {name}’s statements on {topicLabel(topic.topic)}
            </a>
          </p>
        </div>
      ) : null}
    </section>
  );
}

export function SpeakerStand({ positions, statements }: { positions: SpeakerPositions; statements: Record<string, StatementPage> }) {
  return (
    <div className="space-y-4">
      {positions.topics.map((topic) => (
        <Topic key={topic.topic} slug={positions.speaker.slug} name={positions.speaker.name} topic={topic} statements={statements[topic.topic]} />
      ))}
    </div>
  );
}
