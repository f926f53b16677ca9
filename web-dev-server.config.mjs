// `npm start`: serves the demo pages, which load the real self-contained build from dist/cdn.
export default {
  port: 8000,
  open: '/demo/',
  watch: false,
};
