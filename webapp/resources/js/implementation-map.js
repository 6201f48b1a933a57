/* The hromada's winners on a map (Leaflet, OpenStreetMap tiles): a dot each in its status's colour, its popup linking to
   the project. The same winners are listed in the table above, so the page says everything without the map. */
(function () {
    var COLOURS = {PLANNED: '#607d8b', IN_PROGRESS: '#1565c0', IMPLEMENTED: '#2e7d32', NOT_IMPLEMENTED: '#c62828'};
    document.addEventListener('DOMContentLoaded', function () {
        var element = document.getElementById('implementationMap');
        if (!element || !window.L) { return; }
        var points = JSON.parse(element.dataset.points || '[]');
        if (points.length === 0) { element.hidden = true; return; }
        var map = L.map(element);
        L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
            maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
        }).addTo(map);
        var bounds = [];
        points.forEach(function (point) {
            var popup = document.createElement('div');
            var link = document.createElement('a');
            link.href = point.url;
            link.textContent = point.title;
            popup.appendChild(link);
            popup.appendChild(document.createElement('br'));
            popup.appendChild(document.createTextNode(point.label));
            L.circleMarker([point.lat, point.lon], {radius: 9, weight: 2, color: '#fff', fillOpacity: 0.9,
                fillColor: COLOURS[point.status] || '#607d8b'}).addTo(map).bindPopup(popup);
            bounds.push([point.lat, point.lon]);
        });
        map.fitBounds(bounds, {padding: [30, 30], maxZoom: 16});
    });
})();
