// `npm start`: serves the demo pages, which load the real self-contained build from dist/cdn.
export default {
  port: 8000,
  // No browser is opened (CI and remote machines have none); the URL is printed instead.
  open: false,
  // Reloads the page when `npm start`'s watchers rewrite dist/.
  watch: true,
};
