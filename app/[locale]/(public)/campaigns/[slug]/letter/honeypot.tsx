import { honeypotName } from "@/lib/action-kinds";

/**
 * A field people never see or reach (off-screen, out of the tab order, hidden
 * from assistive technology) but form-filling bots do. Anything typed into it
 * marks the submission as a bot's.
 */
export function Honeypot({ label }: { label: string }) {
  const name = honeypotName;
  return (
    <div aria-hidden="true" className="absolute -start-[9999px] h-px w-px overflow-hidden">
      <label htmlFor={`hp-${name}`}>{label}</label>
      <input id={`hp-${name}`} type="text" name={name} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
