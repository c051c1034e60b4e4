// The site's mark: an orbit around a point, drawn inline so it needs no request.
export function LogoMark() {
  return (
    <svg
      class="brand-mark"
      viewBox="0 0 48 48"
      width="44"
      height="44"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="24" cy="24" r="22" fill="#0b2545" />
      <ellipse
        cx="24"
        cy="24"
        rx="17"
        ry="7"
        fill="none"
        stroke="#8ecae6"
        stroke-width="2.2"
        transform="rotate(-28 24 24)"
      />
      <circle cx="24" cy="24" r="5.5" fill="#ffb703" />
      <circle cx="38" cy="16.5" r="2.6" fill="#ffffff" />
    </svg>
  );
}
