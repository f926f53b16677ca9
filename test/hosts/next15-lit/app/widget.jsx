'use client';
// Lit elements must sit beyond the 'use client' boundary for @lit-labs/nextjs to render them deeply.
import 'secondary-liver-info/define.js';

export default function Widget() {
  return (
    <>
      <secondary-liver-info></secondary-liver-info>
      <symptom-list></symptom-list>
    </>
  );
}
