export const metadata = {title: 'Next.js host'};

export default function RootLayout({children}: {children: React.ReactNode}) {
  return (
    <html lang="en-GB">
      <body>{children}</body>
    </html>
  );
}
