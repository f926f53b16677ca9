export const metadata = {title: 'Next.js 15 with @lit-labs/nextjs'};

export default function RootLayout({children}) {
  return (
    <html lang="en-GB">
      <body>{children}</body>
    </html>
  );
}
