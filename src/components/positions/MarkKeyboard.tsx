// A chart whose marks arrow keys move between (left/right along a row, up/down to the nearest mark of the
// next row, Home/End to a row's ends). The keys are handled by public/enhance.js (pages ship no framework
// JavaScript, decision 0080); without JavaScript every mark is still a link reached by Tab.
export function MarkKeyboard({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <div data-mark-keyboard="" className={className}>
      {children}
    </div>
  );
}
