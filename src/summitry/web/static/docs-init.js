// The interactive API reference (/docs): Swagger UI from the swagger-ui-bundle package,
// started from this file because the pages' policy allows no inline script.
window.ui = SwaggerUIBundle({
  url: "/api/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
});
