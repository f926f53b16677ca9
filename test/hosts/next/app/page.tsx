import Panel from './panel';

// A server component page with the widget in a client component, as the App Router renders it.
export default function Page() {
  return (
    <main>
      <h1>Next.js host</h1>
      <Panel />
    </main>
  );
}
