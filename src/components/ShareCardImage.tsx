// The share card's picture (1200×630), drawn by next/og (satori): inline styles only, every element
// with several children is a flex box. Reported speech is not put in quotation marks.
import type { ShareCardContent } from "@/lib/shareCard";
import { stanceLabel } from "@/lib/format";

const STANCE_COLOURS: Record<string, { background: string; color: string }> = {
  supports: { background: "#d1fae5", color: "#064e3b" },
  conditional: { background: "#fef3c7", color: "#78350f" },
  opposes: { background: "#fee2e2", color: "#7f1d1d" },
};

export function ShareCardImage({ card, siteName }: { card: ShareCardContent; siteName: string }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: "#f8fafc",
        borderTop: "16px solid #1e3a8a",
        padding: "48px 64px 44px",
        fontFamily: "Inter",
        color: "#0f172a",
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        {card.kindNote ? (
          <div style={{ fontSize: 24, fontWeight: 700, color: "#475569", textTransform: "uppercase", marginBottom: 12 }}>{card.kindNote}</div>
        ) : null}
        <div style={{ display: "flex", fontFamily: "Noto Serif", fontSize: card.quoteFontSize, lineHeight: 1.3, color: "#020617" }}>
          {card.kindNote ? card.quote : `“${card.quote}”`}
        </div>
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 34, fontWeight: 700 }}>{card.speaker}</div>
        {card.role ? <div style={{ display: "flex", fontSize: 26, color: "#334155", marginTop: 4 }}>{card.role}</div> : null}
        <div style={{ display: "flex", alignItems: "center", flexWrap: "wrap", marginTop: 20, fontSize: 24 }}>
          <div style={{ display: "flex", color: "#334155", marginRight: 20 }}>{card.date}</div>
          {card.stances.map((stance) => (
            <div
              key={stance.label}
              style={{
                display: "flex",
                borderRadius: 8,
                padding: "4px 14px",
                marginRight: 12,
                ...(STANCE_COLOURS[stance.value] ?? { background: "#e2e8f0", color: "#0f172a" }),
              }}
            >
              {`${stance.label}: ${stanceLabel(stance.value)}`}
            </div>
          ))}
          <div style={{ display: "flex", marginLeft: "auto", color: "#1e3a8a", fontWeight: 700 }}>{siteName}</div>
        </div>
      </div>
    </div>
  );
}
