package org.openedx.events.contentauthoring;

import java.util.List;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.contentauthoring.data.CertificateConfigData;
import org.openedx.events.contentauthoring.data.ContentLibraryData;
import org.openedx.events.contentauthoring.data.ContentObjectChangedData;
import org.openedx.events.contentauthoring.data.ContentObjectData;
import org.openedx.events.contentauthoring.data.CourseCatalogData;
import org.openedx.events.contentauthoring.data.CourseData;
import org.openedx.events.contentauthoring.data.DuplicatedXBlockData;
import org.openedx.events.contentauthoring.data.LibraryBlockData;
import org.openedx.events.contentauthoring.data.LibraryCollectionData;
import org.openedx.events.contentauthoring.data.LibraryContainerData;
import org.openedx.events.contentauthoring.data.XBlockData;

/**
 * The signals of the content_authoring subdomain (upstream {@code openedx_events.content_authoring.signals}), in
 * upstream's order.
 *
 * <p>Each signal's event type is the constant of the same name in {@link ContentAuthoringEvents}. Generated from the
 * upstream catalog by {@code tools/catalog/generate.py}.
 */
public final class ContentAuthoringSignals {

    private ContentAuthoringSignals() {
    }

    /**
     * Emitted when a course changes in Studio in a way that matters to catalog consumers such as course-discovery.
     *
     * <p>Payload {@code catalog_info}: {@link CourseCatalogData}. Event-bus key: {@code catalog_info.course_key}. Sent
     * by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#COURSE_CATALOG_INFO_CHANGED}.
     */
    public static final OpenEdxPublicSignal<CourseCatalogData> COURSE_CATALOG_INFO_CHANGED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.COURSE_CATALOG_INFO_CHANGED, "catalog_info",
                    CourseCatalogData.class)
                    .withEventKeyField("catalog_info.course_key");

    /**
     * Emitted when an XBlock is created in Studio.
     *
     * <p>Payload {@code xblock_info}: {@link XBlockData}. Event-bus key: {@code xblock_info.usage_key}. Sent by
     * {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#XBLOCK_CREATED}.
     */
    public static final OpenEdxPublicSignal<XBlockData> XBLOCK_CREATED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.XBLOCK_CREATED, "xblock_info", XBlockData.class)
                    .withEventKeyField("xblock_info.usage_key");

    /**
     * Emitted when an XBlock is updated in Studio.
     *
     * <p>Payload {@code xblock_info}: {@link XBlockData}. Event-bus key: {@code xblock_info.usage_key}. Sent by
     * {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#XBLOCK_UPDATED}.
     */
    public static final OpenEdxPublicSignal<XBlockData> XBLOCK_UPDATED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.XBLOCK_UPDATED, "xblock_info", XBlockData.class)
                    .withEventKeyField("xblock_info.usage_key");

    /**
     * Emitted when an XBlock is published. Publishing a parent whose children changed emits one event only, for the
     * parent: publishing a section with changes in several units emits a single event carrying the section's usage key
     * and block type {@code chapter}.
     *
     * <p>Payload {@code xblock_info}: {@link XBlockData}. Event-bus key: {@code xblock_info.usage_key}. Sent by
     * {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#XBLOCK_PUBLISHED}.
     */
    public static final OpenEdxPublicSignal<XBlockData> XBLOCK_PUBLISHED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.XBLOCK_PUBLISHED, "xblock_info", XBlockData.class)
                    .withEventKeyField("xblock_info.usage_key");

    /**
     * Emitted when an XBlock is deleted in Studio.
     *
     * <p>Payload {@code xblock_info}: {@link XBlockData}. Event-bus key: {@code xblock_info.usage_key}. Sent by
     * {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#XBLOCK_DELETED}.
     */
    public static final OpenEdxPublicSignal<XBlockData> XBLOCK_DELETED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.XBLOCK_DELETED, "xblock_info", XBlockData.class)
                    .withEventKeyField("xblock_info.usage_key");

    /**
     * Emitted when an XBlock is duplicated in Studio; the payload also names the source block.
     *
     * <p>Payload {@code xblock_info}: {@link DuplicatedXBlockData}. Event-bus key: {@code xblock_info.usage_key}. Sent
     * by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#XBLOCK_DUPLICATED}.
     */
    public static final OpenEdxPublicSignal<DuplicatedXBlockData> XBLOCK_DUPLICATED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.XBLOCK_DUPLICATED, "xblock_info", DuplicatedXBlockData.class)
                    .withEventKeyField("xblock_info.usage_key");

    /**
     * Emitted when the certificate configuration of a course changes in Studio.
     *
     * <p>Payload {@code certificate_config}: {@link CertificateConfigData}. Upstream names no repository that sends it.
     *
     * <p>This event cannot travel on the event bus: upstream lists it in {@code KNOWN_UNSERIALIZABLE_SIGNALS} and has
     * no Avro schema for it. The payload carries the signatures' images as binary data ({@code BinaryIO} upstream),
     * which Avro cannot map.
     *
     * <p><strong>Upstream warning:</strong> This event is not being currently used in any of the Open edX services.
     * Review https://github.com/openedx/openedx-events/issues/445 for more information about the future of this event.
     *
     * <p>Event type: {@link ContentAuthoringEvents#COURSE_CERTIFICATE_CONFIG_CHANGED}.
     */
    public static final OpenEdxPublicSignal<CertificateConfigData> COURSE_CERTIFICATE_CONFIG_CHANGED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.COURSE_CERTIFICATE_CONFIG_CHANGED, "certificate_config",
                    CertificateConfigData.class);

    /**
     * Emitted when the certificate configuration of a course is deleted in Studio.
     *
     * <p>Payload {@code certificate_config}: {@link CertificateConfigData}. Upstream names no repository that sends it.
     *
     * <p>This event cannot travel on the event bus: upstream lists it in {@code KNOWN_UNSERIALIZABLE_SIGNALS} and has
     * no Avro schema for it. The payload carries the signatures' images as binary data ({@code BinaryIO} upstream),
     * which Avro cannot map.
     *
     * <p><strong>Upstream warning:</strong> This event is not being currently used in any of the Open edX services.
     * Review https://github.com/openedx/openedx-events/issues/445 for more information about the future of this event.
     *
     * <p>Event type: {@link ContentAuthoringEvents#COURSE_CERTIFICATE_CONFIG_DELETED}.
     */
    public static final OpenEdxPublicSignal<CertificateConfigData> COURSE_CERTIFICATE_CONFIG_DELETED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.COURSE_CERTIFICATE_CONFIG_DELETED, "certificate_config",
                    CertificateConfigData.class);

    /**
     * Emitted when a course is created.
     *
     * <p>Payload {@code course}: {@link CourseData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#COURSE_CREATED}.
     */
    public static final OpenEdxPublicSignal<CourseData> COURSE_CREATED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.COURSE_CREATED, "course", CourseData.class);

    /**
     * Emitted when a (v2) content library is created.
     *
     * <p>Payload {@code content_library}: {@link ContentLibraryData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#CONTENT_LIBRARY_CREATED}.
     */
    public static final OpenEdxPublicSignal<ContentLibraryData> CONTENT_LIBRARY_CREATED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.CONTENT_LIBRARY_CREATED, "content_library",
                    ContentLibraryData.class);

    /**
     * Emitted when a content library itself is updated, for example renamed. It is not emitted when only the items
     * inside the library change, even though that changes the library's last-updated and publication state; observe the
     * detailed {@code LIBRARY_*} events for those.
     *
     * <p>Payload {@code content_library}: {@link ContentLibraryData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#CONTENT_LIBRARY_UPDATED}.
     */
    public static final OpenEdxPublicSignal<ContentLibraryData> CONTENT_LIBRARY_UPDATED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.CONTENT_LIBRARY_UPDATED, "content_library",
                    ContentLibraryData.class);

    /**
     * Emitted when a content library is deleted.
     *
     * <p>Payload {@code content_library}: {@link ContentLibraryData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#CONTENT_LIBRARY_DELETED}.
     */
    public static final OpenEdxPublicSignal<ContentLibraryData> CONTENT_LIBRARY_DELETED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.CONTENT_LIBRARY_DELETED, "content_library",
                    ContentLibraryData.class);

    /**
     * Emitted when an XBlock is created in a content library.
     *
     * <p>Payload {@code library_block}: {@link LibraryBlockData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#LIBRARY_BLOCK_CREATED}.
     */
    public static final OpenEdxPublicSignal<LibraryBlockData> LIBRARY_BLOCK_CREATED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.LIBRARY_BLOCK_CREATED, "library_block",
                    LibraryBlockData.class);

    /**
     * Emitted when the draft of a library XBlock is updated.
     *
     * <p>Payload {@code library_block}: {@link LibraryBlockData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#LIBRARY_BLOCK_UPDATED}.
     */
    public static final OpenEdxPublicSignal<LibraryBlockData> LIBRARY_BLOCK_UPDATED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.LIBRARY_BLOCK_UPDATED, "library_block",
                    LibraryBlockData.class);

    /**
     * Emitted when the draft of a library XBlock is deleted.
     *
     * <p>Payload {@code library_block}: {@link LibraryBlockData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#LIBRARY_BLOCK_DELETED}.
     */
    public static final OpenEdxPublicSignal<LibraryBlockData> LIBRARY_BLOCK_DELETED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.LIBRARY_BLOCK_DELETED, "library_block",
                    LibraryBlockData.class);

    /**
     * Emitted when a library XBlock is published, including when the deletion of a block draft is published.
     *
     * <p>Payload {@code library_block}: {@link LibraryBlockData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#LIBRARY_BLOCK_PUBLISHED}.
     */
    public static final OpenEdxPublicSignal<LibraryBlockData> LIBRARY_BLOCK_PUBLISHED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.LIBRARY_BLOCK_PUBLISHED, "library_block",
                    LibraryBlockData.class);

    /**
     * Emitted when the associations of a content object change, such as its tags or the collections it belongs to.
     *
     * <p>Payload {@code content_object}: {@link ContentObjectChangedData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#CONTENT_OBJECT_ASSOCIATIONS_CHANGED}.
     */
    public static final OpenEdxPublicSignal<ContentObjectChangedData> CONTENT_OBJECT_ASSOCIATIONS_CHANGED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.CONTENT_OBJECT_ASSOCIATIONS_CHANGED, "content_object",
                    ContentObjectChangedData.class);

    /**
     * Emitted when the tags of a content object change.
     *
     * <p>Payload {@code content_object}: {@link ContentObjectData}. Upstream names no repository that sends it.
     *
     * <p><strong>Upstream warning:</strong> <strong>DEPRECATED</strong> please use CONTENT_OBJECT_ASSOCIATIONS_CHANGED
     * instead.
     *
     * <p>Event type: {@link ContentAuthoringEvents#CONTENT_OBJECT_TAGS_CHANGED}.
     */
    public static final OpenEdxPublicSignal<ContentObjectData> CONTENT_OBJECT_TAGS_CHANGED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.CONTENT_OBJECT_TAGS_CHANGED, "content_object",
                    ContentObjectData.class);

    /**
     * Emitted when a collection is created in a content library.
     *
     * <p>Payload {@code library_collection}: {@link LibraryCollectionData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#LIBRARY_COLLECTION_CREATED}.
     */
    public static final OpenEdxPublicSignal<LibraryCollectionData> LIBRARY_COLLECTION_CREATED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.LIBRARY_COLLECTION_CREATED, "library_collection",
                    LibraryCollectionData.class);

    /**
     * Emitted when a content library collection is updated.
     *
     * <p>Payload {@code library_collection}: {@link LibraryCollectionData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#LIBRARY_COLLECTION_UPDATED}.
     */
    public static final OpenEdxPublicSignal<LibraryCollectionData> LIBRARY_COLLECTION_UPDATED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.LIBRARY_COLLECTION_UPDATED, "library_collection",
                    LibraryCollectionData.class);

    /**
     * Emitted when a content library collection is deleted.
     *
     * <p>Payload {@code library_collection}: {@link LibraryCollectionData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#LIBRARY_COLLECTION_DELETED}.
     */
    public static final OpenEdxPublicSignal<LibraryCollectionData> LIBRARY_COLLECTION_DELETED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.LIBRARY_COLLECTION_DELETED, "library_collection",
                    LibraryCollectionData.class);

    /**
     * Emitted when a container, such as a unit or a section, is created in a content library.
     *
     * <p>Payload {@code library_container}: {@link LibraryContainerData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#LIBRARY_CONTAINER_CREATED}.
     */
    public static final OpenEdxPublicSignal<LibraryContainerData> LIBRARY_CONTAINER_CREATED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.LIBRARY_CONTAINER_CREATED, "library_container",
                    LibraryContainerData.class);

    /**
     * Emitted when a content library container is updated.
     *
     * <p>Payload {@code library_container}: {@link LibraryContainerData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#LIBRARY_CONTAINER_UPDATED}.
     */
    public static final OpenEdxPublicSignal<LibraryContainerData> LIBRARY_CONTAINER_UPDATED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.LIBRARY_CONTAINER_UPDATED, "library_container",
                    LibraryContainerData.class);

    /**
     * Emitted when a content library container is deleted.
     *
     * <p>Payload {@code library_container}: {@link LibraryContainerData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#LIBRARY_CONTAINER_DELETED}.
     */
    public static final OpenEdxPublicSignal<LibraryContainerData> LIBRARY_CONTAINER_DELETED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.LIBRARY_CONTAINER_DELETED, "library_container",
                    LibraryContainerData.class);

    /**
     * Emitted when a library container is published, including when the deletion of a container draft is published.
     *
     * <p>Payload {@code library_container}: {@link LibraryContainerData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link ContentAuthoringEvents#LIBRARY_CONTAINER_PUBLISHED}.
     */
    public static final OpenEdxPublicSignal<LibraryContainerData> LIBRARY_CONTAINER_PUBLISHED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.LIBRARY_CONTAINER_PUBLISHED, "library_container",
                    LibraryContainerData.class);

    /**
     * Emitted after a course import has finished.
     *
     * <p>Payload {@code course}: {@link CourseData}. Event-bus key: {@code catalog_info.course_key}. Sent by
     * {@code openedx/edx-platform}.
     *
     * <p>The event key field is kept exactly as upstream defines it, although it does not resolve against the payload:
     * the payload key is {@code course}, not {@code catalog_info}. A producer configured with it cannot find the key.
     *
     * <p>Event type: {@link ContentAuthoringEvents#COURSE_IMPORT_COMPLETED}.
     */
    public static final OpenEdxPublicSignal<CourseData> COURSE_IMPORT_COMPLETED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.COURSE_IMPORT_COMPLETED, "course", CourseData.class)
                    .withEventKeyField("catalog_info.course_key");

    /**
     * Emitted after a re-run of a course has been created.
     *
     * <p>Payload {@code course}: {@link CourseData}. Event-bus key: {@code catalog_info.course_key}. Sent by
     * {@code openedx/edx-platform}.
     *
     * <p>The event key field is kept exactly as upstream defines it, although it does not resolve against the payload:
     * the payload key is {@code course}, not {@code catalog_info}. A producer configured with it cannot find the key.
     *
     * <p>Event type: {@link ContentAuthoringEvents#COURSE_RERUN_COMPLETED}.
     */
    public static final OpenEdxPublicSignal<CourseData> COURSE_RERUN_COMPLETED =
            OpenEdxPublicSignal.of(ContentAuthoringEvents.COURSE_RERUN_COMPLETED, "course", CourseData.class)
                    .withEventKeyField("catalog_info.course_key");

    /** Every signal of this subdomain, in upstream's definition order. */
    public static final List<OpenEdxPublicSignal<?>> ALL = List.of(
            COURSE_CATALOG_INFO_CHANGED,
            XBLOCK_CREATED,
            XBLOCK_UPDATED,
            XBLOCK_PUBLISHED,
            XBLOCK_DELETED,
            XBLOCK_DUPLICATED,
            COURSE_CERTIFICATE_CONFIG_CHANGED,
            COURSE_CERTIFICATE_CONFIG_DELETED,
            COURSE_CREATED,
            CONTENT_LIBRARY_CREATED,
            CONTENT_LIBRARY_UPDATED,
            CONTENT_LIBRARY_DELETED,
            LIBRARY_BLOCK_CREATED,
            LIBRARY_BLOCK_UPDATED,
            LIBRARY_BLOCK_DELETED,
            LIBRARY_BLOCK_PUBLISHED,
            CONTENT_OBJECT_ASSOCIATIONS_CHANGED,
            CONTENT_OBJECT_TAGS_CHANGED,
            LIBRARY_COLLECTION_CREATED,
            LIBRARY_COLLECTION_UPDATED,
            LIBRARY_COLLECTION_DELETED,
            LIBRARY_CONTAINER_CREATED,
            LIBRARY_CONTAINER_UPDATED,
            LIBRARY_CONTAINER_DELETED,
            LIBRARY_CONTAINER_PUBLISHED,
            COURSE_IMPORT_COMPLETED,
            COURSE_RERUN_COMPLETED);
}
