/* The winners of a cycle on a map (Leaflet, OpenStreetMap tiles): a marker each, its popup linking to the project.
   The same winners are listed in the tables above, so the page says everything without the map. */
(function () {
    document.addEventListener('DOMContentLoaded', function () {
        var element = document.getElementById('winnersMap');
        if (!element || !window.L) { return; }
        var winners = JSON.parse(element.dataset.winners || '[]');
        if (winners.length === 0) { return; }
        var map = L.map(element);
        L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
            maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
        }).addTo(map);
        var bounds = [];
        winners.forEach(function (winner) {
            var link = document.createElement('a');
            link.href = winner.url;
            link.textContent = winner.title;
            L.marker([winner.lat, winner.lon], {title: winner.title, alt: winner.title}).addTo(map).bindPopup(link);
            bounds.push([winner.lat, winner.lon]);
        });
        map.fitBounds(bounds, {padding: [30, 30], maxZoom: 16});
    });
})();
