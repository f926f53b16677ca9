'use client';
import {useState} from 'react';
import {SecondaryLiverInfo, SymptomList} from 'secondary-liver-info/react';
import type {} from 'secondary-liver-info/types/react';

declare global {
  interface Window {
    __events?: [string, string][];
    __setLevel?: (level: number) => void;
  }
}

const record = (name: string) => (event: CustomEvent<{origin?: string; term?: string}>) =>
  (window.__events ??= []).push([name, event.detail.origin ?? event.detail.term ?? '']);

export default function Panel() {
  const [level, setLevel] = useState(3);
  if (typeof window !== 'undefined') window.__setLevel = setLevel;
  return (
    <>
      {/* The defaults first: what a user who reads nothing writes. */}
      <SecondaryLiverInfo onSliContentLoad={record('default load')} />
      <SymptomList onSliContentLoad={record('default list load')} />
      <SecondaryLiverInfo
        id="wrapped"
        headingLevel={level}
        sections="symptoms"
        noIllustration
        onSliContentLoad={record('load')}
        onSliGlossaryOpen={record('open')}
      />
      {/* The tag itself, typed by secondary-liver-info/types/react: next build type-checks it. */}
      <symptom-list id="plain" headingLevel={4} />
    </>
  );
}
