package org.openedx.events.contentauthoring;

/**
 * The event types of the content_authoring subdomain, as compile-time constants for {@code @OpenEdxEvent(...)}.
 *
 * <p>Each constant's signal, with its payload class, is the field of the same name in {@link ContentAuthoringSignals}.
 */
public final class ContentAuthoringEvents {

    private ContentAuthoringEvents() {
    }

    /**
     * Emitted when a course changes in Studio in a way that matters to catalog consumers such as course-discovery. See
     * {@link ContentAuthoringSignals#COURSE_CATALOG_INFO_CHANGED}.
     */
    public static final String COURSE_CATALOG_INFO_CHANGED =
            "org.openedx.content_authoring.course.catalog_info.changed.v1";

    /** Emitted when an XBlock is created in Studio. See {@link ContentAuthoringSignals#XBLOCK_CREATED}. */
    public static final String XBLOCK_CREATED = "org.openedx.content_authoring.xblock.created.v1";

    /** Emitted when an XBlock is updated in Studio. See {@link ContentAuthoringSignals#XBLOCK_UPDATED}. */
    public static final String XBLOCK_UPDATED = "org.openedx.content_authoring.xblock.updated.v1";

    /** Emitted when an XBlock is published. See {@link ContentAuthoringSignals#XBLOCK_PUBLISHED}. */
    public static final String XBLOCK_PUBLISHED = "org.openedx.content_authoring.xblock.published.v1";

    /** Emitted when an XBlock is deleted in Studio. See {@link ContentAuthoringSignals#XBLOCK_DELETED}. */
    public static final String XBLOCK_DELETED = "org.openedx.content_authoring.xblock.deleted.v1";

    /**
     * Emitted when an XBlock is duplicated in Studio; the payload also names the source block. See
     * {@link ContentAuthoringSignals#XBLOCK_DUPLICATED}.
     */
    public static final String XBLOCK_DUPLICATED = "org.openedx.content_authoring.xblock.duplicated.v1";

    /**
     * Emitted when the certificate configuration of a course changes in Studio. See
     * {@link ContentAuthoringSignals#COURSE_CERTIFICATE_CONFIG_CHANGED}.
     */
    public static final String COURSE_CERTIFICATE_CONFIG_CHANGED =
            "org.openedx.content_authoring.course.certificate_config.changed.v1";

    /**
     * Emitted when the certificate configuration of a course is deleted in Studio. See
     * {@link ContentAuthoringSignals#COURSE_CERTIFICATE_CONFIG_DELETED}.
     */
    public static final String COURSE_CERTIFICATE_CONFIG_DELETED =
            "org.openedx.content_authoring.course.certificate_config.deleted.v1";

    /** Emitted when a course is created. See {@link ContentAuthoringSignals#COURSE_CREATED}. */
    public static final String COURSE_CREATED = "org.openedx.content_authoring.course.created.v1";

    /** Emitted when a (v2) content library is created. See {@link ContentAuthoringSignals#CONTENT_LIBRARY_CREATED}. */
    public static final String CONTENT_LIBRARY_CREATED = "org.openedx.content_authoring.content_library.created.v1";

    /**
     * Emitted when a content library itself is updated, for example renamed. See
     * {@link ContentAuthoringSignals#CONTENT_LIBRARY_UPDATED}.
     */
    public static final String CONTENT_LIBRARY_UPDATED = "org.openedx.content_authoring.content_library.updated.v1";

    /** Emitted when a content library is deleted. See {@link ContentAuthoringSignals#CONTENT_LIBRARY_DELETED}. */
    public static final String CONTENT_LIBRARY_DELETED = "org.openedx.content_authoring.content_library.deleted.v1";

    /**
     * Emitted when an XBlock is created in a content library. See
     * {@link ContentAuthoringSignals#LIBRARY_BLOCK_CREATED}.
     */
    public static final String LIBRARY_BLOCK_CREATED = "org.openedx.content_authoring.library_block.created.v1";

    /**
     * Emitted when the draft of a library XBlock is updated. See {@link ContentAuthoringSignals#LIBRARY_BLOCK_UPDATED}.
     */
    public static final String LIBRARY_BLOCK_UPDATED = "org.openedx.content_authoring.library_block.updated.v1";

    /**
     * Emitted when the draft of a library XBlock is deleted. See {@link ContentAuthoringSignals#LIBRARY_BLOCK_DELETED}.
     */
    public static final String LIBRARY_BLOCK_DELETED = "org.openedx.content_authoring.library_block.deleted.v1";

    /**
     * Emitted when a library XBlock is published, including when the deletion of a block draft is published. See
     * {@link ContentAuthoringSignals#LIBRARY_BLOCK_PUBLISHED}.
     */
    public static final String LIBRARY_BLOCK_PUBLISHED = "org.openedx.content_authoring.library_block.published.v1";

    /**
     * Emitted when the associations of a content object change, such as its tags or the collections it belongs to. See
     * {@link ContentAuthoringSignals#CONTENT_OBJECT_ASSOCIATIONS_CHANGED}.
     */
    public static final String CONTENT_OBJECT_ASSOCIATIONS_CHANGED =
            "org.openedx.content_authoring.content.object.associations.changed.v1";

    /**
     * Emitted when the tags of a content object change. See
     * {@link ContentAuthoringSignals#CONTENT_OBJECT_TAGS_CHANGED}.
     */
    public static final String CONTENT_OBJECT_TAGS_CHANGED =
            "org.openedx.content_authoring.content.object.tags.changed.v1";

    /**
     * Emitted when a collection is created in a content library. See
     * {@link ContentAuthoringSignals#LIBRARY_COLLECTION_CREATED}.
     */
    public static final String LIBRARY_COLLECTION_CREATED =
            "org.openedx.content_authoring.content_library.collection.created.v1";

    /**
     * Emitted when a content library collection is updated. See
     * {@link ContentAuthoringSignals#LIBRARY_COLLECTION_UPDATED}.
     */
    public static final String LIBRARY_COLLECTION_UPDATED =
            "org.openedx.content_authoring.content_library.collection.updated.v1";

    /**
     * Emitted when a content library collection is deleted. See
     * {@link ContentAuthoringSignals#LIBRARY_COLLECTION_DELETED}.
     */
    public static final String LIBRARY_COLLECTION_DELETED =
            "org.openedx.content_authoring.content_library.collection.deleted.v1";

    /**
     * Emitted when a container, such as a unit or a section, is created in a content library. See
     * {@link ContentAuthoringSignals#LIBRARY_CONTAINER_CREATED}.
     */
    public static final String LIBRARY_CONTAINER_CREATED =
            "org.openedx.content_authoring.content_library.container.created.v1";

    /**
     * Emitted when a content library container is updated. See
     * {@link ContentAuthoringSignals#LIBRARY_CONTAINER_UPDATED}.
     */
    public static final String LIBRARY_CONTAINER_UPDATED =
            "org.openedx.content_authoring.content_library.container.updated.v1";

    /**
     * Emitted when a content library container is deleted. See
     * {@link ContentAuthoringSignals#LIBRARY_CONTAINER_DELETED}.
     */
    public static final String LIBRARY_CONTAINER_DELETED =
            "org.openedx.content_authoring.content_library.container.deleted.v1";

    /**
     * Emitted when a library container is published, including when the deletion of a container draft is published. See
     * {@link ContentAuthoringSignals#LIBRARY_CONTAINER_PUBLISHED}.
     */
    public static final String LIBRARY_CONTAINER_PUBLISHED =
            "org.openedx.content_authoring.content_library.container.published.v1";

    /** Emitted after a course import has finished. See {@link ContentAuthoringSignals#COURSE_IMPORT_COMPLETED}. */
    public static final String COURSE_IMPORT_COMPLETED = "org.openedx.content_authoring.course.import.completed.v1";

    /**
     * Emitted after a re-run of a course has been created. See {@link ContentAuthoringSignals#COURSE_RERUN_COMPLETED}.
     */
    public static final String COURSE_RERUN_COMPLETED = "org.openedx.content_authoring.course.rerun.completed.v1";
}
