// The maritime map: events (GET /maritime/events?format=geojson) over land (Natural Earth, served
// from this package), a graticule, EEZ outlines and the watched ports' geofences (GET /maritime/areas).
// No tile server: every layer comes from this server, so the map works offline.
(function () {
  "use strict";
  const box = document.getElementById("map");
  if (!box || typeof L === "undefined") return;

  const KIND_COLOURS = {
    gap: "#d9480f",
    encounter: "#c2255c",
    loiter: "#e8a200",
    "port-call": "#5f3dc4",
    identity: "#0b7285",
    spoof: "#495057",
  };
  const KIND_LABELS = {
    gap: "AIS gap (dark from ○ to ●)",
    encounter: "Encounter (two vessels)",
    loiter: "Loitering",
    "port-call": "Port call",
    identity: "Identity change",
    spoof: "Position spoofing",
  };
  const AREA_COLOURS = { kp: "#b3261e", ru: "#1f5fa8", "kp-ru": "#6a1b9a" };

  const map = L.map(box, { zoomSnap: 0.5, minZoom: 2, maxZoom: 13, worldCopyJump: true, preferCanvas: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Land: Natural Earth · EEZ: Marine Regions via GFW · Ports: NGA WPI, UN/LOCODE");
  map.createPane("land").style.zIndex = 200;
  map.createPane("areas").style.zIndex = 300;
  map.setView([38, 128], 4);

  const json = (url) =>
    fetch(url, { headers: { Accept: "application/json" } }).then((r) =>
      r.ok ? r.json() : Promise.reject(new Error(url + ": HTTP " + r.status))
    );

  const esc = (value) =>
    String(value == null ? "" : value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

  function graticule() {
    const lines = [];
    for (let lat = -80; lat <= 80; lat += 10) lines.push([[lat, -180], [lat, 180]]);
    for (let lon = -180; lon <= 180; lon += 10) lines.push([[-85, lon], [85, lon]]);
    return L.polyline(lines, { pane: "land", color: "#9fb3c8", weight: 0.6, opacity: 0.7, dashArray: "2 4", interactive: false });
  }

  function drawLand(topo) {
    const land = topojson.feature(topo, topo.objects.land);
    L.geoJSON(land, {
      pane: "land",
      interactive: false,
      style: { color: "#a99f88", weight: 0.7, fillColor: "#efe9dc", fillOpacity: 1 },
    }).addTo(map);
  }

  function drawAreas(areas) {
    const eez = areas.features.filter((f) => f.properties.layer === "eez");
    L.geoJSON(eez, {
      pane: "areas",
      style: (f) => ({
        color: AREA_COLOURS[f.properties.country] || "#555",
        weight: 1.2,
        dashArray: "5 4",
        fillOpacity: 0,
      }),
      onEachFeature: (f, layer) => layer.bindTooltip(esc(f.properties.name), { sticky: true }),
    }).addTo(map);
    const ports = L.featureGroup().addTo(map);
    for (const f of areas.features.filter((x) => x.properties.layer === "port")) {
      const p = f.properties;
      const at = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      const colour = AREA_COLOURS[p.country] || "#555";
      L.circle(at, { pane: "areas", radius: p.radius_km * 1000, color: colour, weight: 1, fillOpacity: 0.08, interactive: false }).addTo(ports);
      L.circleMarker(at, { pane: "areas", radius: 3.5, color: "#fff", weight: 1, fillColor: colour, fillOpacity: 1, className: "port-marker" })
        .bindTooltip(esc(p.name), { permanent: true, direction: "right", offset: [4, 0], className: "port-label" })
        .bindPopup(esc(p.name) + " (" + esc(p.country.toUpperCase()) + ")<br>port-call geofence " + esc(p.radius_km) + " km<br>" + '<span class="muted">' + esc(p.source) + "</span>")
        .addTo(ports);
    }
    return ports;
  }

  function vesselHtml(v) {
    if (!v) return "";
    const label = esc(v.name || "MMSI " + v.mmsi);
    const name = v.targets && v.targets.length ? '<a href="/ui/entity/' + encodeURIComponent(v.targets[0]) + '">' + label + "</a>" : label;
    const ids = "MMSI " + esc(v.mmsi) + (v.imo ? " · IMO " + esc(v.imo) : "");
    const seen = new Set();
    const desig = v.designations
      .filter((d) => !seen.has(d.authority + d.programme) && seen.add(d.authority + d.programme))
      .map((d) => '<span class="auth auth-' + esc(d.authority) + '">' + esc(d.authority) + "</span>" + esc(d.programme))
      .join(" ");
    return "<div><b>" + name + '</b> <span class="muted">' + ids + "</span>" + (desig ? "<div>" + desig + "</div>" : "") + "</div>";
  }

  function popupHtml(p) {
    const start = p.start.slice(0, 16).replace("T", " ");
    const cites = p.provisions.map((x) => esc(x.citation)).join("; ");
    return (
      '<div class="map-popup"><div class="kind kind-' + esc(p.kind) + '">' + esc(KIND_LABELS[p.kind] || p.kind) + "</div>" +
      vesselHtml(p.vessel) + (p.other_vessel ? '<div class="muted">with</div>' + vesselHtml(p.other_vessel) : "") +
      '<div class="muted">' + esc(start) + " UTC · " + esc(p.hours.toFixed(1)) + " h" + (p.raised ? "" : " · recorded") + "</div>" +
      (cites ? '<div class="small">' + cites + "</div>" : "") +
      '<div><a href="#ev-' + encodeURIComponent(p.id) + '">in the table ↓</a></div></div>'
    );
  }

  function designated(p) {
    return [p.vessel, p.other_vessel].some((v) => v && (v.designations.length || v.owner_designations.length));
  }

  function eventLayer(f) {
    const p = f.properties;
    const colour = KIND_COLOURS[p.kind] || "#333";
    const edge = designated(p) ? "#111" : "#fff";
    const dot = (at, filled, radius) =>
      L.circleMarker(at, { radius: radius, color: edge, weight: designated(p) ? 2 : 1.2, fillColor: filled ? colour : "#fff", fillOpacity: 1, className: "event-marker event-" + p.kind });
    if (f.geometry.type === "LineString") {
      const [a, b] = f.geometry.coordinates.map((c) => [c[1], c[0]]);
      const dashed = p.kind === "gap";
      return L.featureGroup([
        L.polyline([a, b], { color: colour, weight: 2.5, dashArray: dashed ? "6 5" : null, opacity: 0.9 }),
        L.circleMarker(a, { radius: 5, color: colour, weight: 2.5, fillColor: "#fff", fillOpacity: 1, className: "event-marker event-" + p.kind }),
        dot(b, true, 6),
      ]);
    }
    const at = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
    if (p.kind === "encounter") {
      return L.featureGroup([L.circleMarker(at, { radius: 12, color: colour, weight: 2, fill: false }), dot(at, true, 7)]);
    }
    return dot(at, true, 7);
  }

  function highlight(id) {
    document.querySelectorAll("#events tr.selected").forEach((row) => row.classList.remove("selected"));
    const row = document.getElementById("ev-" + id);
    if (row) {
      row.classList.add("selected");
      row.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
  }

  function drawEvents(collection) {
    const layers = {};
    const group = L.featureGroup().addTo(map);
    let drawn = 0;
    const counts = {};
    for (const f of collection.features) {
      if (!f.geometry) continue;
      const layer = eventLayer(f).bindPopup(popupHtml(f.properties), { maxWidth: 340 });
      layer.on("click", () => highlight(f.properties.id));
      layer.addTo(group);
      layers[f.properties.id] = layer;
      counts[f.properties.kind] = (counts[f.properties.kind] || 0) + 1;
      drawn += 1;
    }
    document.querySelectorAll("#events tbody tr").forEach((row) => {
      const layer = layers[row.dataset.event];
      if (!layer) {
        row.classList.add("no-position");
        return;
      }
      row.classList.add("on-map");
      row.addEventListener("click", (ev) => {
        if (ev.target.closest("a")) return;
        map.fitBounds(layer.getBounds(), { maxZoom: 8, padding: [40, 40] });
        layer.openPopup();
        highlight(row.dataset.event);
      });
    });
    legend(counts);
    return { group: group, drawn: drawn };
  }

  function legend(counts) {
    const control = L.control({ position: "bottomright" });
    control.onAdd = () => {
      const div = L.DomUtil.create("div", "map-legend");
      const kinds = Object.keys(KIND_COLOURS).filter((k) => counts[k]);
      div.innerHTML =
        kinds.map((k) => '<div><i style="background:' + KIND_COLOURS[k] + '"></i>' + esc(KIND_LABELS[k]) + " · " + counts[k] + "</div>").join("") +
        '<div><i class="ring"></i>designated vessel (black rim)</div>' +
        '<div><i class="geofence kp"></i>DPRK port geofence / EEZ</div>' +
        '<div><i class="geofence ru"></i>Russian port geofence / waters</div>';
      return div;
    };
    control.addTo(map);
  }

  // Port names only once the ports stand apart (they crowd into one blot at regional scale).
  const labelPorts = () => box.classList.toggle("show-port-labels", map.getZoom() >= 6);
  map.on("zoomend", labelPorts);
  labelPorts();
  graticule().addTo(map);
  const land = json(box.dataset.land).then(drawLand);
  const areas = json(box.dataset.areas).then(drawAreas);
  const events = json(box.dataset.events).then(drawEvents);
  Promise.allSettled([land, areas, events]).then(([landDone, areasDone, eventsDone]) => {
    const problems = [landDone, areasDone, eventsDone].filter((r) => r.status === "rejected").map((r) => r.reason.message);
    if (eventsDone.status === "fulfilled" && eventsDone.value.drawn) {
      map.fitBounds(eventsDone.value.group.getBounds(), { maxZoom: 7, padding: [30, 30] });
    } else if (areasDone.status === "fulfilled" && areasDone.value.getLayers().length) {
      map.fitBounds(areasDone.value.getBounds(), { padding: [30, 30] });
    }
    if (problems.length) {
      const note = L.DomUtil.create("div", "map-problem", box);
      note.textContent = "Not drawn: " + problems.join("; ");
    }
    box.dataset.ready = eventsDone.status === "fulfilled" ? String(eventsDone.value.drawn) : "0";
  });
})();
