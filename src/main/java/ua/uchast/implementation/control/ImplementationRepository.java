package ua.uchast.implementation.control;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import ua.uchast.implementation.entity.Implementation;
import ua.uchast.implementation.entity.ReportPhoto;

/** Where implementation records, their reports and the photos' bytes are kept. */
public interface ImplementationRepository {

    Optional<Implementation> ofProject(Long projectId);

    /** The records of these projects, in one statement; projects nobody has acted on yet have none. */
    List<Implementation> ofProjects(Collection<Long> projectIds);

    /** The records a staff member is responsible for. */
    List<Implementation> ofExecutor(Long accountId);

    Implementation add(Implementation implementation);

    void savePhotoContent(Long photoId, byte[] content);

    Optional<ReportPhoto> photo(Long photoId);

    byte[] photoContent(Long photoId);

    long photosUploadedSince(Long accountId, LocalDateTime since);

    void flush();
}
