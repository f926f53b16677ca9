// As @lit-labs/nextjs's README and Lit's Next 15 example set it up.
const withLitSSR = require('@lit-labs/nextjs')({addDeclarativeShadowDomPolyfill: true});

/** @type {import('next').NextConfig} */
module.exports = withLitSSR({reactStrictMode: true, outputFileTracingRoot: __dirname});
