package io.quire.user.web;

import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.apidocs.ApiSection;
import io.quire.core.security.Callers;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.IfMatch;
import io.quire.core.web.MergePatchMapping;
import io.quire.core.web.PageParams;
import io.quire.core.web.PageResponse;
import io.quire.core.web.PathIds;
import io.quire.core.web.SortSpec;
import io.quire.user.CreateUserRequest;
import io.quire.user.UpdateProfileRequest;
import io.quire.user.UpdateUserRequest;
import io.quire.user.UserManagement;
import io.quire.user.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Users", description = "Accounts and roles (ADMIN ⊃ EDITOR ⊃ AUTHOR).")
@ApiSection(position = 4, order = "me updateMe list create get update")
class UserController {

    private static final SortSpec SORT = SortSpec.of("id", "username", "username", "createdAt", "createdAt");

    private final UserManagement users;
    private final HttpResponses responses;

    UserController(UserManagement users, HttpResponses responses) {
        this.users = users;
        this.responses = responses;
    }

    @Operation(summary = "Who am I", description = "The signed-in user, with their roles.")
    @ApiAccess(ApiAccess.SIGNED_IN)
    @GetMapping("/me")
    ResponseEntity<UserView> me() {
        return responses.ok(users.get(Callers.current().id()));
    }

    @Operation(
            summary = "Change my profile",
            description = "Your display name, bio and avatar, as your author page shows them; absent fields stay as "
                    + "they are, `avatar: null` removes the avatar. Roles, passwords and disabling are changed by an "
                    + "administrator.")
    @ApiAccess(ApiAccess.SIGNED_IN)
    @ApiErrors({400, 412, 415})
    @MergePatchMapping("/me")
    ResponseEntity<UserView> updateMe(@Valid @RequestBody UpdateProfileRequest request, IfMatch ifMatch) {
        return responses.ok(users.updateProfile(request, ifMatch.and(request.version()), Callers.current()));
    }

    @Operation(
            summary = "List users",
            description = "All users, sortable by `username` and `createdAt` " + "(default `username,asc`).")
    @ApiAccess("ADMIN")
    @ApiErrors(400)
    @GetMapping
    ResponseEntity<PageResponse<UserView>> list(@ParameterObject PageParams paging) {
        return responses.page(users.list(SORT.pageable(paging, Sort.by("username"))));
    }

    @Operation(
            summary = "Create a user",
            description = "Roles default to `AUTHOR`; ADMIN includes EDITOR, "
                    + "EDITOR includes AUTHOR. The password is stored as an adaptive hash and never returned.")
    @ApiResponse(
            responseCode = "201",
            description = "Created; `Location` names the new user.",
            useReturnTypeSchema = true)
    @ApiAccess("ADMIN")
    @ApiErrors({400, 409, 415})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserView> create(@Valid @RequestBody CreateUserRequest request) {
        UserView user = users.create(request, Callers.current());
        return responses.created(user.id(), user);
    }

    @Operation(summary = "Get a user", description = "One user by id.")
    @ApiAccess("ADMIN")
    @ApiErrors(404)
    @GetMapping("/" + PathIds.ID)
    ResponseEntity<UserView> get(@PathVariable UUID id) {
        return responses.ok(users.get(id));
    }

    @Operation(
            summary = "Change a user",
            description = "Change roles, display name, bio, avatar, password, or disable "
                    + "(`enabled: false`) a user; absent fields stay as they are, `avatar: null` removes the avatar. "
                    + "A disabled user's tokens stop working at once. You cannot disable yourself or drop your own "
                    + "ADMIN role (409). Everyone else changes their own profile with `PATCH /api/v1/users/me`.")
    @ApiAccess("ADMIN")
    @ApiErrors({400, 404, 409, 412, 415})
    @MergePatchMapping("/" + PathIds.ID)
    ResponseEntity<UserView> update(
            @PathVariable UUID id, @Valid @RequestBody UpdateUserRequest request, IfMatch ifMatch) {
        return responses.ok(users.update(id, request, ifMatch.and(request.version()), Callers.current()));
    }
}
