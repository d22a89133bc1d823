/** Decorative: a written letter with a stamp, beside the hero text on wide screens. */
export function HeroLetter() {
  return (
    <svg aria-hidden="true" viewBox="0 0 320 280" className="w-full max-w-sm">
      <g transform="rotate(-7 160 140)">
        <rect x="38" y="36" width="244" height="200" rx="10" fill="#ffffff" opacity="0.1" />
      </g>
      <g transform="rotate(3 160 140)">
        <rect x="38" y="40" width="244" height="200" rx="10" fill="#faf8f4" />
        <rect x="222" y="58" width="42" height="50" rx="3" fill="#f2c94c" />
        <rect x="228" y="64" width="30" height="38" rx="2" fill="none" stroke="#14284f" strokeWidth="1.5" strokeDasharray="3 3" />
        <path d="M243 94l-8-8a4.5 4.5 0 0 1 8-5 4.5 4.5 0 0 1 8 5z" fill="#9b1c1c" />
        <rect x="60" y="64" width="110" height="8" rx="4" fill="#1f3b73" opacity="0.8" />
        <rect x="60" y="82" width="80" height="6" rx="3" fill="#4d5567" opacity="0.5" />
        {[124, 142, 160, 178].map((y, i) => (
          <rect key={y} x="60" y={y} width={i === 3 ? 120 : 200} height="6" rx="3" fill="#4d5567" opacity="0.35" />
        ))}
        <path d="M62 214c10-12 18 6 28-4s14-8 22 2 14-6 24-2" stroke="#1f3b73" strokeWidth="2.5" fill="none" strokeLinecap="round" />
      </g>
    </svg>
  );
}
