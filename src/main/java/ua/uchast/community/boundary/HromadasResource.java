package ua.uchast.community.boundary;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.Territory;

/** Open data: the hromadas on this deployment and their territories. */
@Path("hromadas")
@Produces(MediaType.APPLICATION_JSON)
public class HromadasResource {

    public record TerritoryData(String name, String kind) {
    }

    public record HromadaData(String slug, String nameUk, String nameEn, List<TerritoryData> territories) {
    }

    @Inject
    HromadaCatalog catalog;

    @GET
    @Operation(summary = "All hromadas running a participatory budget here")
    public List<HromadaData> all() {
        return catalog.all().stream().map(HromadasResource::toData).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One hromada by its slug")
    public HromadaData one(@PathParam("slug") String slug) {
        return catalog.bySlug(slug).map(HromadasResource::toData).orElseThrow(NotFoundException::new);
    }

    private static HromadaData toData(Hromada hromada) {
        return new HromadaData(hromada.slug(), hromada.nameUk(), hromada.nameEn(), hromada.territories().stream()
                .map((Territory territory) -> new TerritoryData(territory.name(), territory.kind().name())).toList());
    }
}
