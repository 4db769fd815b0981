package io.quire.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import io.quire.client.ApiException;
import io.quire.client.ApiResponse;
import io.quire.client.api.ApiKeysApi;
import io.quire.client.api.ArticlesApi;
import io.quire.client.api.AuthorsApi;
import io.quire.client.api.CommentsApi;
import io.quire.client.api.FeedsApi;
import io.quire.client.api.MediaApi;
import io.quire.client.api.SignInApi;
import io.quire.client.api.TagsApi;
import io.quire.client.api.TransferApi;
import io.quire.client.api.UsersApi;
import io.quire.client.api.WebhooksApi;
import io.quire.client.model.ActionRequest;
import io.quire.client.model.ApiKey;
import io.quire.client.model.ApiKeyScope;
import io.quire.client.model.Article;
import io.quire.client.model.ArticlePatch;
import io.quire.client.model.ArticleRequest;
import io.quire.client.model.ArticleStatus;
import io.quire.client.model.Asset;
import io.quire.client.model.AssetPatch;
import io.quire.client.model.AuthorPage;
import io.quire.client.model.BulkModeration;
import io.quire.client.model.Comment;
import io.quire.client.model.CommentStatus;
import io.quire.client.model.CreateApiKey;
import io.quire.client.model.CreateUser;
import io.quire.client.model.CreateWebhook;
import io.quire.client.model.CreatedApiKey;
import io.quire.client.model.FocalPoint;
import io.quire.client.model.ImportStatus;
import io.quire.client.model.ModeratedComment;
import io.quire.client.model.ModerationRequest;
import io.quire.client.model.NewComment;
import io.quire.client.model.PageResponseArticleListItem;
import io.quire.client.model.PostedComment;
import io.quire.client.model.Problem;
import io.quire.client.model.PublishRequest;
import io.quire.client.model.Role;
import io.quire.client.model.Tag;
import io.quire.client.model.TagPatch;
import io.quire.client.model.TagRequest;
import io.quire.client.model.TokenResponse;
import io.quire.client.model.UpdateProfile;
import io.quire.client.model.UpdateUser;
import io.quire.client.model.User;
import io.quire.client.model.WebhookChange;
import io.quire.support.ApiContract;
import io.quire.support.ApiTest;
import io.quire.support.GeneratedClients;
import io.quire.transfer.Wxr;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The editorial workflow through the Java client that the build generates from
 * {@code docs/openapi.yaml}, as an integrator would write it. Every answer is held against the
 * description ({@link ApiContract}) and read strictly ({@link GeneratedClients}), so a wrong
 * schema, an undocumented status, a missing error response or a missing header fails here.
 */
class GeneratedClientTest extends ApiTest {

    private final ApiContract contract = ApiContract.load();
    private GeneratedClients clients;
    private String admin;

    @Test
    void runsTheEditorialScenarioAsDescribed() throws ApiException, IOException {
        clients = new GeneratedClients(port, contract);
        admin = signIn("admin", ADMIN_PASSWORD);

        signsInAndManagesUsers();
        runsTheEditorialWorkflow();
        listsWithFiltersAndPaging();
        subscribesToWebhooksAndReadsFeeds();
        managesTheMediaLibrary();
        movesContentInAndOut();
        staysSignedInAndIssuesKeysForSites();

        assertThat(contract.exercised())
                .as("every operation in docs/openapi.yaml is called by this scenario; " + "add new operations to it")
                .containsAll(contract.operationIds());
    }

    private String signIn(String username, String password) throws ApiException {
        var token = new SignInApi(clients.client(null, clientIp())).authToken("password", password, null, username);
        assertThat(token.getTokenType()).isEqualTo("Bearer");
        assertThat(token.getExpiresIn()).isPositive();
        return token.getAccessToken();
    }

    /** A new user with the role, signed in through the token endpoint. */
    private String newUser(Role role) throws ApiException {
        String username = unique(role.getValue().toLowerCase());
        String password = "password-" + UUID.randomUUID();
        var created = new UsersApi(clients.client(admin, clientIp()))
                .userCreateWithHttpInfo(new CreateUser()
                        .username(username)
                        .password(password)
                        .displayName("User " + username)
                        .roles(Set.of(role)));
        assertThat(created.getStatusCode()).isEqualTo(201);
        return signIn(username, password);
    }

    private ArticlesApi articles(String token) {
        return new ArticlesApi(clients.client(token, clientIp()));
    }

    private void signsInAndManagesUsers() throws ApiException {
        var anonymous = new SignInApi(clients.client(null, clientIp()));
        Problem badPassword = problem(400, () -> anonymous.authToken("password", "wrong-password", null, "admin"));
        assertThat(badPassword.getType()).isEqualTo("urn:quire:problem:invalid-grant");
        problem(400, () -> anonymous.authToken("client_credentials", ADMIN_PASSWORD, null, "admin"));
        problem(401, () -> new UsersApi(clients.client(null, clientIp())).userMe(null));

        var users = new UsersApi(clients.client(admin, clientIp()));
        assertThat(users.userMe(null).getRoles()).contains(Role.ADMIN);
        String username = unique("editor");
        var created = users.userCreateWithHttpInfo(
                new CreateUser().username(username).password("a-long-password").roles(Set.of(Role.EDITOR)));
        assertThat(created.getStatusCode()).isEqualTo(201);
        User editor = created.getData();
        assertThat(editor.getDisplayName()).isEqualTo(username);
        assertThat(editor.getEnabled()).isTrue();
        problem(409, () -> users.userCreate(new CreateUser().username(username).password("a-long-password")));
        Problem invalid = problem(
                400, () -> users.userCreate(new CreateUser().username("X").password("short")));
        assertThat(invalid.getErrors()).extracting("field").contains("username", "password");

        var read = users.userGetWithHttpInfo(editor.getId(), null);
        failure(304, () -> users.userGet(editor.getId(), etag(read)));
        problem(412, () -> users.userUpdate(editor.getId(), new UpdateUser().displayName("Stale"), "\"stale\""));
        User renamed = users.userUpdate(editor.getId(), new UpdateUser().displayName("Ada King"), etag(read));
        assertThat(renamed.getDisplayName()).isEqualTo("Ada King");
        assertThat(renamed.getVersion()).isEqualTo(editor.getVersion() + 1);
        problem(404, () -> users.userGet(UUID.randomUUID(), null));

        var page = users.userListWithHttpInfo(0, 1, List.of("createdAt,desc"), null);
        assertThat(page.getData().getContent()).hasSize(1);
        assertThat(page.getData().getPage().getTotalElements()).isGreaterThanOrEqualTo(2);
        assertThat(links(page)).contains("rel=\"next\"");

        String author = newUser(Role.AUTHOR);
        var self = new UsersApi(clients.client(author, clientIp()));
        problem(403, () -> self.userList(null, null, null, null));
        User described = self.userUpdateMe(new UpdateProfile().bio("Writes about trams."), null);
        assertThat(described.getBio()).isEqualTo("Writes about trams.");
        assertThat(described.getAvatar()).isNull();
        problem(403, () -> self.userUpdate(described.getId(), new UpdateUser().bio("Mine."), null));
        problem(400, () -> self.userUpdateMe(new UpdateProfile().bio("b".repeat(2001)), null));
    }

    private void runsTheEditorialWorkflow() throws ApiException {
        String editor = newUser(Role.EDITOR);
        String author = newUser(Role.AUTHOR);
        var tags = new TagsApi(clients.client(editor, clientIp()));

        // Tags: create, conflict, conditional read, patch and replace with If-Match.
        String tagName = unique("Chips");
        var createdTag =
                tags.tagCreateWithHttpInfo(new TagRequest().name(tagName).description("Semiconductors."));
        assertThat(createdTag.getStatusCode()).isEqualTo(201);
        Tag tag = createdTag.getData();
        assertThat(tag.getArticleCount()).isZero();
        problem(409, () -> tags.tagCreate(new TagRequest().name(tagName.toUpperCase())));
        problem(403, () -> new TagsApi(clients.client(author, clientIp())).tagCreate(new TagRequest().name("x")));
        var bySlug = tags.tagGetBySlugWithHttpInfo(tag.getSlug(), null);
        failure(304, () -> tags.tagGetBySlug(tag.getSlug(), etag(bySlug)));
        var patchedTag = tags.tagPatchWithHttpInfo(
                tag.getId(), new TagPatch().description("Chips and the rules " + "around them."), etag(bySlug));
        problem(412, () -> tags.tagReplace(tag.getId(), new TagRequest().name(tagName), etag(bySlug)));
        Tag replacedTag = tags.tagReplace(tag.getId(), new TagRequest().name(tagName), etag(patchedTag));
        assertThat(replacedTag.getDescription()).isNull();
        assertThat(replacedTag.getSlug()).isEqualTo(tag.getSlug());

        // An author writes a draft; nobody else sees it.
        var mine = articles(author);
        var created = mine.articleCreateWithHttpInfo(new ArticleRequest()
                .title(unique("GPU export rules"))
                .summary("What the rules cover.")
                .body("The rules cover **data-centre GPUs**.")
                .tags(List.of(tagName, unique("Policy"))));
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(header(created, "Location"))
                .endsWith("/api/v1/articles/" + created.getData().getId());
        Article draft = created.getData();
        UUID id = draft.getId();
        assertThat(draft.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(draft.getPublishedAt()).isNull();
        assertThat(draft.getBodyHtml()).isEqualTo("<p>The rules cover <strong>data-centre GPUs</strong>.</p>");
        var anonymous = articles(null);
        problem(404, () -> anonymous.articleGet(id, null, null));
        Problem blank = problem(400, () -> mine.articleCreate(new ArticleRequest().title(" ")));
        assertThat(blank.getErrors()).extracting("field").containsExactly("title");

        // Two editors, one ETag: the stale write is refused and changes nothing.
        var replaced = mine.articleReplaceWithHttpInfo(
                id,
                new ArticleRequest()
                        .title(draft.getTitle())
                        .summary(null)
                        .body("The rules cover *data-centre GPUs*.")
                        .tags(List.of(tagName)),
                etag(created));
        assertThat(replaced.getData().getSummary()).isNull();
        Problem stale =
                problem(412, () -> mine.articlePatch(id, new ArticlePatch().title("Lost update"), etag(created)));
        assertThat(stale.getType()).isEqualTo("urn:quire:problem:stale");
        var renamed = mine.articlePatchWithHttpInfo(
                id,
                new ArticlePatch().title(draft.getTitle() + ", revised").slug(draft.getSlug() + "-revised"),
                etag(replaced));
        assertThat(renamed.getData().getVersion()).isEqualTo(draft.getVersion() + 2);

        // Review and publication.
        var submitted = mine.articleSubmitWithHttpInfo(id, etag(renamed), new ActionRequest());
        assertThat(submitted.getData().getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
        problem(403, () -> mine.articlePublish(id, null, null));
        problem(409, () -> mine.articleSubmit(id, null, null));
        var desk = articles(editor);
        var published = desk.articlePublishWithHttpInfo(id, etag(submitted), new PublishRequest());
        assertThat(published.getData().getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.getData().getPublishedAt()).isNotNull();

        // The public reads it, by id and by slug, and revalidates with If-None-Match.
        var read = anonymous.articleGetWithHttpInfo(id, null, null);
        assertThat(read.getData().getTitle()).isEqualTo(draft.getTitle() + ", revised");
        assertThat(read.getData().getAuthor().getUsername()).startsWith("author-");
        failure(304, () -> anonymous.articleGet(id, null, etag(read)));
        assertThat(anonymous
                        .articleGetBySlug(draft.getSlug() + "-revised", null, null)
                        .getId())
                .isEqualTo(id);
        ApiException moved = failure(301, () -> anonymous.articleGetBySlug(draft.getSlug(), null, null));
        assertThat(moved.getResponseHeaders().firstValue("Location"))
                .hasValueSatisfying(location ->
                        assertThat(location).endsWith("/api/v1/articles/slug/" + draft.getSlug() + "-revised"));
        assertThat(new TagsApi(clients.client(null, clientIp()))
                        .tagGet(tag.getId(), null)
                        .getArticleCount())
                .isOne();

        // History: every content change made a revision; restoring makes another.
        var revisions = mine.articleRevisions(id, null, null, null, null);
        assertThat(revisions.getContent()).extracting("number").containsExactly(3, 2, 1);
        assertThat(mine.articleRevision(id, 1, null).getSummary()).isEqualTo("What the rules cover.");
        Article restored = mine.articleRestore(id, 1, null, new ActionRequest());
        assertThat(restored.getSummary()).isEqualTo("What the rules cover.");
        var restoration =
                mine.articleRevisions(id, null, null, null, null).getContent().get(0);
        assertThat(restoration.getRestoredFrom()).isOne();
        assertThat(restoration.getChanged()).contains("summary");
        problem(404, () -> mine.articleRevision(id, 99, null));

        // A reader comments; an editor approves; a reply is approved in bulk; the thread renders.
        var reader = new CommentsApi(clients.client(null, clientIp()));
        var posted = reader.commentPostWithHttpInfo(
                id,
                new NewComment()
                        .authorName("Grace")
                        .authorEmail("grace@example.org")
                        .body("Clear <b>explanation</b>, thank you."));
        assertThat(posted.getStatusCode()).isEqualTo(201);
        PostedComment comment = posted.getData();
        assertThat(comment.getStatus()).isEqualTo(CommentStatus.PENDING);
        assertThat(comment.getParentId()).isNull();
        assertThat(reader.commentList(id, null, null, null, null).getContent()).isEmpty();
        Problem invalidComment = problem(
                400,
                () -> reader.commentPost(
                        id,
                        new NewComment()
                                .authorName("")
                                .authorEmail("not-an-address")
                                .body("x")));
        assertThat(invalidComment.getErrors()).extracting("field").contains("authorName", "authorEmail");
        problem(
                404,
                () -> reader.commentPost(
                        UUID.randomUUID(),
                        new NewComment()
                                .authorName("Grace")
                                .authorEmail("grace@example.org")
                                .body("Anyone there?")));

        var moderation = new CommentsApi(clients.client(editor, clientIp()));
        var queue = moderation.commentQueue(CommentStatus.PENDING, id, null, null, 0, 10, null, null);
        assertThat(queue.getContent()).extracting("id").containsExactly(comment.getId());
        assertThat(queue.getContent().get(0).getAuthorEmail()).isEqualTo("grace@example.org");
        assertThat(queue.getContent().get(0).getArticle().getTitle()).isEqualTo(restored.getTitle());
        var pending = moderation.commentGetWithHttpInfo(comment.getId(), null);
        ModeratedComment approved = moderation.commentModerate(
                comment.getId(), new ModerationRequest().status(CommentStatus.APPROVED), etag(pending));
        assertThat(approved.getStatus()).isEqualTo(CommentStatus.APPROVED);
        problem(
                412,
                () -> moderation.commentModerate(
                        comment.getId(), new ModerationRequest().status(CommentStatus.SPAM), etag(pending)));
        problem(403, () -> new CommentsApi(clients.client(author, clientIp()))
                .commentQueue(null, null, null, null, null, null, null, null));

        PostedComment reply = reader.commentPost(
                id,
                new NewComment()
                        .authorName("Ada")
                        .authorEmail("ada@example.org")
                        .body("Agreed.")
                        .parentId(comment.getId()));
        List<ModeratedComment> bulk = moderation.commentModerateAll(
                new BulkModeration().ids(List.of(reply.getId())).status(CommentStatus.APPROVED));
        assertThat(bulk).extracting("status").containsExactly(CommentStatus.APPROVED);
        List<Comment> thread = reader.commentList(id, null, null, null, null).getContent();
        assertThat(thread).extracting("id").containsExactly(comment.getId(), reply.getId());
        assertThat(thread).extracting("depth").containsExactly(0, 1);
        assertThat(thread.get(1).getParentId()).isEqualTo(comment.getId());
        assertThat(thread.get(0).getReplyCount()).isOne();
        assertThat(thread.get(0).getBodyHtml()).isEqualTo("<p>Clear &lt;b&gt;explanation&lt;/b&gt;, thank you.</p>");
        assertThat(anonymous.articleGet(id, null, null).getCommentCount()).isEqualTo(2);
        assertThat(moderation
                        .commentHistory(comment.getId(), null, null, null, null)
                        .getContent())
                .extracting("to")
                .containsExactly(CommentStatus.APPROVED);
        String moderator =
                new UsersApi(clients.client(editor, clientIp())).userMe(null).getUsername();
        assertThat(moderation
                        .commentModerations(moderator, null, null, null, null)
                        .getContent())
                .extracting("commentId")
                .containsExactly(reply.getId(), comment.getId());

        // Deleting a comment with a reply leaves a placeholder; the article goes with its comments.
        moderation.commentDelete(comment.getId(), null);
        Comment placeholder =
                reader.commentList(id, null, null, null, null).getContent().get(0);
        assertThat(placeholder.getRemoved()).isTrue();
        assertThat(placeholder.getAuthorName()).isNull();
        var current = desk.articleGetWithHttpInfo(id, null, null);
        assertThat(desk.articleUnpublish(id, etag(current), null).getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(desk.articleArchive(id, null, new ActionRequest()).getStatus())
                .isEqualTo(ArticleStatus.ARCHIVED);
        problem(409, () -> desk.articleArchive(id, null, null));
        problem(412, () -> desk.articleDelete(id, etag(current)));
        assertThat(desk.articleDeleteWithHttpInfo(id, null).getStatusCode()).isEqualTo(204);
        problem(404, () -> desk.articleGet(id, null, null));
        assertThat(tags.tagDeleteWithHttpInfo(tag.getId(), null).getStatusCode())
                .isEqualTo(204);
        problem(404, () -> tags.tagGet(tag.getId(), null));
    }

    private void listsWithFiltersAndPaging() throws ApiException {
        String editor = newUser(Role.EDITOR);
        var desk = articles(editor);
        String topic = unique("Topic");
        for (String title : List.of("Alpha", "Bravo", "Charlie")) {
            Article article = desk.articleCreate(
                    new ArticleRequest().title(title + " " + topic).tags(List.of(topic)));
            desk.articlePublish(article.getId(), null, null);
        }
        Article draft =
                desk.articleCreate(new ArticleRequest().title("Delta " + topic).tags(List.of(topic)));
        String tagSlug = draft.getTags().get(0).getSlug();
        var byCount = new TagsApi(clients.client(null, clientIp())).tagList(0, 5, List.of("articleCount,desc"), null);
        assertThat(byCount.getContent())
                .extracting(Tag::getArticleCount)
                .isSortedAccordingTo(Comparator.reverseOrder());

        var anonymous = articles(null);
        var first = anonymous.articleListWithHttpInfo(
                List.of(tagSlug), null, null, null, null, null, null, null, 0, 2, List.of("title,asc"), null);
        PageResponseArticleListItem page = first.getData();
        assertThat(page.getContent()).extracting("title").containsExactly("Alpha " + topic, "Bravo " + topic);
        assertThat(page.getContent())
                .allSatisfy(item -> assertThat(item.getExcerpt()).isEmpty()); // neither a summary nor a body
        // `fields` answers hold only the named properties, which the schemas (describing whole answers) mark
        // required: this client, strict about required properties, is not the tool for them; the HTTP tests are.
        assertThat(page.getPage().getTotalElements()).isEqualTo(3);
        assertThat(page.getPage().getTotalPages()).isEqualTo(2);
        assertThat(links(first)).contains("rel=\"next\"", "rel=\"last\"").doesNotContain("rel=\"prev\"");
        failure(
                304,
                () -> anonymous.articleList(
                        List.of(tagSlug),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        2,
                        List.of("title,asc"),
                        etag(first)));
        var second = anonymous.articleListWithHttpInfo(
                List.of(tagSlug), null, null, null, null, null, null, null, 1, 2, List.of("title,asc"), null);
        assertThat(second.getData().getContent()).extracting("title").containsExactly("Charlie " + topic);
        assertThat(links(second)).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        OffsetDateTime hourAgo = OffsetDateTime.now().minusHours(1);
        assertThat(desk.articleList(
                                List.of(tagSlug),
                                null,
                                ArticleStatus.DRAFT,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)
                        .getContent())
                .extracting("title")
                .containsExactly("Delta " + topic);
        assertThat(anonymous
                        .articleList(null, null, null, topic, hourAgo, null, null, null, null, 100, null, null)
                        .getContent())
                .hasSize(3);
        assertThat(anonymous
                        .articleList(
                                List.of(tagSlug), null, null, null, null, hourAgo, null, null, null, null, null, null)
                        .getContent())
                .isEmpty();
        Problem tooLarge = problem(
                400, () -> anonymous.articleList(null, null, null, null, null, null, null, null, 0, 101, null, null));
        assertThat(tooLarge.getErrors()).extracting("field").containsExactly("size");
        problem(
                400,
                () -> anonymous.articleList(
                        null, null, null, null, null, null, null, null, null, null, List.of("body,asc"), null));
    }

    private void managesTheMediaLibrary() throws ApiException {
        String author = newUser(Role.AUTHOR);
        var media = new MediaApi(clients.client(author, clientIp()));
        var uploaded = media.assetUploadWithHttpInfo(
                jpeg(1200, 800), "Harbour at dawn", "Boats leave before sunrise.", "Photo: Quire");
        assertThat(uploaded.getStatusCode()).isEqualTo(201);
        assertThat(header(uploaded, "Location"))
                .endsWith("/api/v1/assets/" + uploaded.getData().getId());
        Asset asset = uploaded.getData();
        assertThat(asset.getContentType()).isEqualTo("image/jpeg");
        assertThat(asset.getRenditions()).extracting("width").containsExactly(320, 640, 1024);
        Problem notAnImage = problem(415, () -> media.assetUpload(text("notes.txt"), null, null, null));
        assertThat(notAnImage.getErrors()).extracting("field").containsExactly("file");

        var read = media.assetGetWithHttpInfo(asset.getId(), null);
        failure(304, () -> media.assetGet(asset.getId(), etag(read)));
        Asset described = media.assetPatch(
                asset.getId(),
                new AssetPatch().focalPoint(new FocalPoint().x(0.3).y(0.6)),
                etag(read));
        assertThat(described.getFocalPoint().getX()).isEqualTo(0.3);
        problem(412, () -> media.assetPatch(asset.getId(), new AssetPatch().alt("Lost"), etag(read)));
        assertThat(media.assetList(0, 10, List.of("createdAt,desc"), "harbour", "image/jpeg", null)
                        .getContent())
                .extracting("id")
                .containsExactly(asset.getId());
        problem(400, () -> media.assetList(null, null, null, null, "text/html", null));

        problem(403, () -> media.assetDelete(asset.getId(), null));
        var editor = new MediaApi(clients.client(newUser(Role.EDITOR), clientIp()));
        editor.assetDelete(asset.getId(), null);
        problem(404, () -> editor.assetGet(asset.getId(), null));
    }

    private static File jpeg(int width, int height) {
        try {
            File file = Files.createTempFile("harbour-", ".jpg").toFile();
            file.deleteOnExit();
            java.awt.image.BufferedImage image =
                    new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, (int) System.nanoTime());
            javax.imageio.ImageIO.write(image, "jpg", file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File text(String name) {
        try {
            Path dir = Files.createTempDirectory("upload-");
            File file = Files.writeString(dir.resolve(name), "Not an image.").toFile();
            file.deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The call fails with the status, and the body is a problem saying so. */
    private void subscribesToWebhooksAndReadsFeeds() throws ApiException {
        var hooks = new WebhooksApi(clients.client(admin, clientIp()));
        var created = hooks.webhookCreateWithHttpInfo(new CreateWebhook()
                .url("http://127.0.0.1:9/hook")
                .events(List.of(CreateWebhook.EventsEnum.ARTICLE_PUBLISHED)));
        assertThat(created.getStatusCode()).isEqualTo(201);
        UUID id = created.getData().getId();
        assertThat(created.getData().getSecret()).isNotBlank();
        problem(
                400,
                () -> hooks.webhookCreate(new CreateWebhook()
                        .url("ftp://example.org/hook")
                        .events(List.of(CreateWebhook.EventsEnum.ARTICLE_PUBLISHED))));
        String editor = newUser(Role.EDITOR);
        problem(403, () -> new WebhooksApi(clients.client(editor, clientIp())).webhookList(null, null, null, null));

        var read = hooks.webhookGetWithHttpInfo(id, null);
        failure(304, () -> hooks.webhookGet(id, etag(read)));
        var changed = hooks.webhookPatch(
                id,
                new WebhookChange()
                        .url("http://127.0.0.1:9/hook")
                        .events(List.of("article.published", "article.deleted")),
                etag(read));
        assertThat(changed.getEvents()).containsExactlyInAnyOrder("article.published", "article.deleted");
        assertThat(hooks.webhookList(null, null, null, null).getContent())
                .extracting("id")
                .contains(id);

        var ping = hooks.webhookPingWithHttpInfo(id);
        assertThat(ping.getStatusCode()).isEqualTo(201);
        UUID deliveryId = ping.getData().getId();
        assertThat(hooks.webhookDelivery(id, deliveryId, null).getEvent()).isEqualTo("ping");
        assertThat(hooks.webhookDeliveries(id, null, null, null, null, null).getContent())
                .extracting("id")
                .contains(deliveryId);
        // Still being tried (nothing listens on port 9): a re-send by hand waits for the outcome.
        problem(409, () -> hooks.webhookRedeliver(id, deliveryId));
        hooks.webhookDelete(id, null);
        problem(404, () -> hooks.webhookGet(id, null));

        // The feeds are XML for feed readers; this client reads JSON only. Each answer is still held to the
        // description (status, media type, headers) before the client gives up on parsing its body.
        var feeds = new FeedsApi(clients.client(null, clientIp()));
        // A tag's feed exists for the public once the tag has a published article.
        var desk = articles(admin);
        Article tagged = desk.articleCreate(
                new ArticleRequest().title(unique("Feedable")).tags(List.of(unique("Feedable"))));
        desk.articlePublish(tagged.getId(), null, null);
        String tagSlug = tagged.getTags().get(0).getSlug();
        var authors = new AuthorsApi(clients.client(null, clientIp()));
        AuthorPage adminPage = authors.authorGet("admin", null);
        assertThat(adminPage.getDisplayName()).isNotBlank();
        assertThat(adminPage.getArticleCount()).isPositive();
        problem(404, () -> authors.authorGet("no-such-author-" + UUID.randomUUID(), null));
        for (Call xml : List.<Call>of(
                () -> feeds.feedFeed(null), () -> feeds.feedSitemap(null), () -> feeds.feedTagFeed(tagSlug, null))) {
            assertThatThrownBy(xml::run)
                    .isInstanceOf(ApiException.class)
                    .hasRootCauseInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
        }
        get("/feed.xml", null).expectStatus().isOk().expectBody(String.class).value(atom -> assertThat(atom)
                .contains("<feed"));
        get("/tags/" + tagSlug + "/feed.xml", null).expectStatus().isOk();
        get("/sitemap.xml", null).expectStatus().isOk().expectBody(String.class).value(sitemap -> assertThat(sitemap)
                .contains("<urlset"));
        failure(404, () -> feeds.feedTagFeed("no-such-tag-" + UUID.randomUUID(), null));
    }

    private void staysSignedInAndIssuesKeysForSites() throws ApiException {
        var signIn = new SignInApi(clients.client(null, clientIp()));
        TokenResponse first = signIn.authToken("password", ADMIN_PASSWORD, null, "admin");
        TokenResponse next = signIn.authToken("refresh_token", null, first.getRefreshToken(), null);
        assertThat(next.getRefreshToken()).isNotEqualTo(first.getRefreshToken());
        assertThat(new UsersApi(clients.client(next.getAccessToken(), clientIp()))
                        .userMe(null)
                        .getUsername())
                .isEqualTo("admin");
        signIn.authRevoke(next.getRefreshToken(), "refresh_token");
        problem(400, () -> signIn.authToken("refresh_token", null, next.getRefreshToken(), null));
        signIn.authRevoke("quire_refresh_unknown", null);

        var keys = new ApiKeysApi(clients.client(admin, clientIp()));
        CreatedApiKey preview =
                keys.keyCreate(new CreateApiKey().name(unique("site preview")).scope(ApiKeyScope.PREVIEW));
        assertThat(preview.getKey()).startsWith("quire_key_");
        assertThat(preview.getLastUsedAt()).isNull();
        problem(400, () -> keys.keyCreate(new CreateApiKey().name(" ").scope(ApiKeyScope.CONTENT)));
        var listed = keys.keyList(0, 100, List.of("createdAt,desc"), null).getContent();
        assertThat(listed).extracting(ApiKey::getId).contains(preview.getId());

        var site = clients.client(preview.getKey(), clientIp());
        String editor = newUser(Role.EDITOR);
        Article draft = articles(editor).articleCreate(new ArticleRequest().title(unique("Preview")));
        assertThat(new ArticlesApi(site).articleGet(draft.getId(), null, null).getStatus())
                .isEqualTo(ArticleStatus.DRAFT);
        problem(403, () -> new ApiKeysApi(site)
                .keyCreate(new CreateApiKey().name("more").scope(ApiKeyScope.PREVIEW)));

        keys.keyRevoke(preview.getId());
        problem(401, () -> new ArticlesApi(site).articleGet(draft.getId(), null, null));
        problem(404, () -> keys.keyRevoke(preview.getId()));
    }

    private void movesContentInAndOut() throws ApiException, IOException {
        var transfer = new TransferApi(clients.client(admin, clientIp()));
        long postId = 1_000_000 + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L);
        String slug = unique("imported");
        Path file = Files.createTempFile("wordpress", ".xml");
        try {
            Files.writeString(
                    file,
                    new Wxr("https://old.example.org")
                            .post(postId, "From the archive")
                            .slug(slug)
                            .content("<p>Written <em>years</em> ago.</p>")
                            .add()
                            .xml());
            var started = transfer.importStartWithHttpInfo("wordpress", false, file.toFile());
            assertThat(started.getStatusCode()).isEqualTo(202);
            UUID id = started.getData().getId();
            await().untilAsserted(() ->
                    assertThat(transfer.importGet(id, null).getStatus()).isEqualTo(ImportStatus.DONE));
            assertThat(transfer.importGet(id, null).getCounts().getArticles()).isEqualTo(1);
        } finally {
            Files.deleteIfExists(file);
        }
        var reader = new TransferApi(clients.client(null, clientIp()));
        assertThat(reader.redirectFind("/?p=" + postId, null).getSlug()).isEqualTo(slug);
        problem(404, () -> reader.redirectFind("/?p=1", null));

        String editor = newUser(Role.EDITOR);
        problem(403, () -> new TransferApi(clients.client(editor, clientIp())).exportExport(null));
        problem(403, () -> new TransferApi(clients.client(editor, clientIp())).importGet(UUID.randomUUID(), null));
        // NDJSON is not JSON: the answer is held to the description before the client gives up on its body.
        assertThatThrownBy(() -> transfer.exportExport(null)).isInstanceOf(ApiException.class);
        get("/api/v1/exports", admin)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(ndjson -> assertThat(ndjson).contains("\"slug\":\"" + slug + "\""));
    }

    private Problem problem(int status, Call call) {
        ApiException failure = failure(status, call);
        try {
            Problem problem = clients.mapper().readValue(failure.getResponseBody(), Problem.class);
            assertThat(problem.getStatus()).isEqualTo(status);
            assertThat(problem.getTitle()).isNotBlank();
            return problem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException failure(int status, Call call) {
        try {
            call.run();
        } catch (ApiException e) {
            assertThat(e.getCode()).as(e.getMessage()).isEqualTo(status);
            return e;
        }
        return fail("expected a " + status + " answer");
    }

    @FunctionalInterface
    private interface Call {
        void run() throws ApiException;
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .flatMap(List::stream)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    private static String etag(ApiResponse<?> response) {
        return header(response, "ETag");
    }

    private static String links(ApiResponse<?> response) {
        return header(response, "Link");
    }
}
