"use client";
// Arrow keys move focus from mark to mark (left/right along a row, up/down to the nearest mark of the
// next row, Home/End to a row's ends). Without JavaScript every mark is still a link reached by Tab.
import { useEffect, useRef } from "react";

function marksOf(row: Element): SVGGraphicsElement[] {
  return [...row.querySelectorAll<SVGGraphicsElement>("[data-mark]")].sort((a, b) => centre(a) - centre(b));
}

function centre(el: Element): number {
  const box = el.getBoundingClientRect();
  return box.left + box.width / 2;
}

function target(current: SVGGraphicsElement, key: string, rows: Element[]): SVGGraphicsElement | undefined {
  const row = current.closest("[data-position-row]");
  if (!row) return undefined;
  const marks = marksOf(row);
  const at = marks.indexOf(current);
  if (key === "ArrowRight") return marks[at + 1];
  if (key === "ArrowLeft") return marks[at - 1];
  if (key === "Home") return marks[0];
  if (key === "End") return marks.at(-1);
  const next = rows[rows.indexOf(row) + (key === "ArrowDown" ? 1 : -1)];
  if (!next) return undefined;
  const x = centre(current);
  return marksOf(next).reduce<SVGGraphicsElement | undefined>((best, m) => (!best || Math.abs(centre(m) - x) < Math.abs(centre(best) - x) ? m : best), undefined);
}

const KEYS = new Set(["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown", "Home", "End"]);

export function MarkKeyboard({ children, className }: { children: React.ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const onKey = (event: KeyboardEvent) => {
      const current = (event.target as Element).closest?.("[data-mark]") as SVGGraphicsElement | null;
      if (!current || !KEYS.has(event.key)) return;
      const next = target(current, event.key, [...root.querySelectorAll("[data-position-row]")]);
      if (!next) return;
      event.preventDefault();
      next.focus();
    };
    root.addEventListener("keydown", onKey);
    return () => root.removeEventListener("keydown", onKey);
  }, []);
  return (
    <div ref={ref} className={className}>
      {children}
    </div>
  );
}
