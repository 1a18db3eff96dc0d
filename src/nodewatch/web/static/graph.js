// Draws a target's neighbourhood (GET /graph/{id}) with Cytoscape.js; a click opens a node's page.
(function () {
  "use strict";
  const box = document.getElementById("graph");
  if (!box || typeof cytoscape !== "function") return;
  const id = box.dataset.target;
  fetch("/graph/" + encodeURIComponent(id) + "?hops=2&max_nodes=120", { headers: { Accept: "application/json" } })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error("HTTP " + r.status))))
    .then((data) => {
      const nodes = data.elements.nodes;
      if (nodes.length <= 1) {
        box.classList.add("empty");
        box.textContent = "No linked targets.";
        return;
      }
      const cy = cytoscape({
        container: box,
        elements: data.elements,
        wheelSensitivity: 0.3,
        style: [
          {
            selector: "node",
            style: {
              label: "data(label)",
              "font-size": 10,
              "text-wrap": "ellipsis",
              "text-max-width": 140,
              "text-valign": "bottom",
              "text-margin-y": 4,
              color: "#1d2733",
              "background-color": "#9aa7b4",
              width: 18,
              height: 18,
              "border-width": 1,
              "border-color": "#fff",
            },
          },
          { selector: "node[designations >= 3]", style: { "background-color": "#b3261e" } },
          { selector: "node[designations > 0][designations < 3]", style: { "background-color": "#e08a2c" } },
          { selector: 'node[nexus = "true"]', style: { "border-width": 4, "border-color": "#6a1b9a" } },
          { selector: 'node[kind = "mention"]', style: { "background-color": "#fff", "border-width": 2, "border-color": "#7b8794", "border-style": "dashed" } },
          { selector: 'node[schema = "Vessel"]', style: { shape: "round-triangle" } },
          { selector: 'node[schema = "Person"]', style: { shape: "ellipse" } },
          { selector: 'node[schema != "Person"][schema != "Vessel"]', style: { shape: "round-rectangle" } },
          {
            selector: "node[depth = 0]",
            style: { width: 30, height: 30, "background-color": "#0b3d91", "font-weight": "bold", "font-size": 12 },
          },
          {
            selector: "edge",
            style: {
              width: 1.5,
              "line-color": "#aab4bf",
              "curve-style": "bezier",
              label: "data(kind)",
              "font-size": 8,
              color: "#5b6773",
              "text-rotation": "autorotate",
              "text-background-color": "#fff",
              "text-background-opacity": 0.8,
            },
          },
        ],
        minZoom: 0.2,
        maxZoom: 1.6,
        layout: {
          name: "concentric",
          concentric: (node) => 10 - node.data("depth"),
          levelWidth: () => 1,
          minNodeSpacing: 40,
          animate: false,
          padding: 30,
        },
      });
      cy.on("tap", "node", (event) => {
        const target = event.target.id();
        if (target !== id && event.target.data("kind") === "target") window.location.href = "/ui/entity/" + encodeURIComponent(target);
      });
      box.dataset.ready = String(nodes.length);
      if (data.truncated) box.insertAdjacentHTML("afterend", '<p class="muted small">Cut at 120 nodes.</p>');
    })
    .catch((err) => {
      box.classList.add("empty");
      box.textContent = "Network unavailable (" + err.message + ").";
    });
})();
