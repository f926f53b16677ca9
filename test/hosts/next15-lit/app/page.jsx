import Widget from './widget';

// Rendered on every request, as a hospital page with live content would be.
export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <h1>Next.js 15 host</h1>
      <Widget />
    </main>
  );
}
