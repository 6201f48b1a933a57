/* The project's map point with Leaflet and OpenStreetMap tiles. Editable maps fill the latitude and longitude fields on
   click; the fields stay usable without the map (no script, no network). */
(function () {
    document.addEventListener('DOMContentLoaded', function () {
        var element = document.getElementById('map');
        if (!element || !window.L) { return; }
        var latField = element.dataset.latField ? document.getElementById(element.dataset.latField) : null;
        var lonField = element.dataset.lonField ? document.getElementById(element.dataset.lonField) : null;
        var lat = parseFloat(latField ? latField.value : element.dataset.lat);
        var lon = parseFloat(lonField ? lonField.value : element.dataset.lon);
        var hasPoint = !isNaN(lat) && !isNaN(lon);
        var map = L.map(element).setView(hasPoint ? [lat, lon] : [50.45, 30.52], hasPoint ? 16 : 10);
        L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
            maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
        }).addTo(map);
        var marker = hasPoint ? L.marker([lat, lon]).addTo(map) : null;
        if (latField && lonField) {
            map.on('click', function (event) {
                latField.value = event.latlng.lat.toFixed(6);
                lonField.value = event.latlng.lng.toFixed(6);
                if (marker) { marker.setLatLng(event.latlng); } else { marker = L.marker(event.latlng).addTo(map); }
            });
        }
    });
})();
