package dev.abmbridge.app.config;

import dev.abmbridge.core.condition.EditDistance;
import dev.abmbridge.core.export.MailingListSettings;
import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.hubspot.HubSpotConfig;
import dev.abmbridge.linkedin.LinkedInConfig;
import dev.abmbridge.salesforce.SalesforceAuthConfig;
import dev.abmbridge.salesforce.SalesforceCampaignConfig;
import dev.abmbridge.salesforce.SalesforceConfig;
import dev.abmbridge.salesforce.SecretRef;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads abm-bridge.yml with Spring Boot's YAML loader and binder and checks it completely before anything runs:
 * unknown keys (with the closest known one), values of the wrong type, missing required values, unknown connection
 * types and roles, secrets written in the file instead of referenced, and referenced secrets that are not there.
 * All problems are reported together in one {@link InvalidConfigException}.
 */
public final class BridgeConfigLoader {

    public static final String DEFAULT_FILE = "abm-bridge.yml";
    static final List<String> TOP_KEYS = List.of("playbook", "state-store", "connections", "runtime");
    private static final String CONNECTION_NAME = "[a-z0-9][a-z0-9-]{0,62}";

    private final UnaryOperator<String> environment;

    /** @param environment looks environment variables up ({@code System::getenv} in production) */
    public BridgeConfigLoader(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    public BridgeConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidConfigException(List.of(new ConfigProblem(file.toString(), 0, 0,
                    "the configuration file does not exist",
                    "run 'abm-bridge init' to write a starter abm-bridge.yml, or pass --config FILE")));
        }
        ConfigSource source = ConfigSource.load(file);
        Path baseDir = file.toAbsolutePath().getParent();
        Binder binder = new Binder(ConfigurationPropertySources.from(source.sources()));
        List<ConfigProblem> problems = new ArrayList<>();
        unknownTopLevelKeys(source, problems);

        Path playbook = null;
        String playbookText = binder.bind("abm.playbook", String.class).orElse(null);
        if (playbookText == null || playbookText.isBlank()) {
            problems.add(source.problem("abm", "abm.playbook is missing",
                    "add 'playbook: playbook.yml' under 'abm:' (the path of your playbook, relative to this file)"));
        } else {
            playbook = baseDir.resolve(playbookText.strip()).normalize();
            if (!Files.isRegularFile(playbook)) {
                problems.add(source.problem("abm.playbook", "the playbook " + playbook + " does not exist",
                        "correct the path, or run 'abm-bridge init' to write a starter playbook"));
            }
        }

        BridgeConfig.StateStoreSettings store = stateStore(binder, source, baseDir, problems);
        List<ConfiguredConnection> connections = connections(binder, source, baseDir, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new BridgeConfig(file, playbook, store, connections);
    }

    private static void unknownTopLevelKeys(ConfigSource source, List<ConfigProblem> problems) {
        Set<String> reported = new LinkedHashSet<>();
        for (String name : source.names()) {
            String[] parts = name.split("[.\\[]");
            if (!parts[0].equals("abm")) {
                if (reported.add(parts[0])) {
                    problems.add(source.problem(name, "unknown key " + parts[0],
                            EditDistance.closest(parts[0], List.of("abm")).map(k -> "did you mean '" + k + "'?")
                                    .orElse("every setting of ABM Bridge is under 'abm:'")));
                }
            } else if (parts.length > 1 && !TOP_KEYS.contains(parts[1]) && reported.add("abm." + parts[1])) {
                problems.add(source.problem(name, "unknown key abm." + parts[1],
                        EditDistance.closest(parts[1], TOP_KEYS).map(k -> "did you mean '" + k + "'?")
                                .orElse("known keys under 'abm': " + String.join(", ", TOP_KEYS))));
            }
        }
    }

    private BridgeConfig.StateStoreSettings stateStore(Binder binder, ConfigSource source, Path baseDir,
                                                       List<ConfigProblem> problems) {
        StateStoreProperties p = ProblemCollectingBindHandler.bind(binder, source, "abm.state-store",
                StateStoreProperties.class, problems);
        String defaultUrl = "jdbc:h2:file:" + baseDir.resolve("abm-data").resolve("state") + ";AUTO_SERVER=TRUE";
        if (p == null) {
            return new BridgeConfig.StateStoreSettings(defaultUrl, "sa", null, 4);
        }
        String url = blank(p.url()) ? defaultUrl : p.url().strip();
        if (!url.startsWith("jdbc:")) {
            problems.add(source.problem("abm.state-store.url", "abm.state-store.url must be a JDBC URL",
                    "e.g. jdbc:postgresql://db:5432/abm, or remove it for the default H2 file under ./abm-data"));
        }
        Secret password = secret(source, "abm.state-store.password", p.password(), false, baseDir, problems);
        int pool = p.maxPoolSize() == null ? 4 : p.maxPoolSize();
        if (pool < 1) {
            problems.add(source.problem("abm.state-store.max-pool-size", "abm.state-store.max-pool-size must be at least 1",
                    "write e.g. 4"));
        }
        return new BridgeConfig.StateStoreSettings(url, blank(p.username()) ? "sa" : p.username().strip(), password, pool);
    }

    private List<ConfiguredConnection> connections(Binder binder, ConfigSource source, Path baseDir,
                                                   List<ConfigProblem> problems) {
        Set<String> names = new LinkedHashSet<>();
        for (String n : source.names()) {
            if (n.startsWith("abm.connections.")) {
                names.add(n.substring("abm.connections.".length()).split("[.\\[]")[0]);
            }
        }
        if (names.isEmpty()) {
            problems.add(source.problem("abm", "no connection is configured (abm.connections)",
                    "add at least one connection, e.g. 'connections: { crm: { type: salesforce, ... } }' "
                            + "(run 'abm-bridge init' for a commented example)"));
            return List.of();
        }
        List<ConfiguredConnection> out = new ArrayList<>();
        Map<ConnectionType, String> byType = new LinkedHashMap<>();
        for (String name : names) {
            String prefix = "abm.connections." + name;
            if (!name.matches(CONNECTION_NAME)) {
                problems.add(source.problem(prefix, "the connection name '" + name + "' is not allowed",
                        "use lower-case letters, digits and dashes, e.g. acme-crm"));
                continue;
            }
            String typeText = binder.bind(prefix + ".type", String.class).orElse("");
            List<String> types = Arrays.stream(ConnectionType.values()).map(ConnectionType::key).toList();
            ConnectionType type = Arrays.stream(ConnectionType.values())
                    .filter(t -> t.key().equalsIgnoreCase(typeText.strip())).findFirst().orElse(null);
            if (type == null) {
                problems.add(blank(typeText)
                        ? source.problem(prefix, prefix + ".type is missing", "add 'type: " + String.join("|", types) + "'")
                        : source.problem(prefix + ".type", "unknown connection type '" + typeText.strip() + "'",
                        EditDistance.closest(typeText.strip(), types).map(k -> "did you mean '" + k + "'?")
                                .orElse("one of " + String.join(", ", types))));
                continue;
            }
            String other = type == ConnectionType.MAILING_LIST ? null : byType.putIfAbsent(type, name);
            if (other != null) {
                problems.add(source.problem(prefix, "connections '" + other + "' and '" + name + "' are both " + type.key(),
                        "one connection per system: remove one of them"));
                continue;
            }
            ConnectionReader reader = new ConnectionReader(source, prefix, baseDir, problems);
            ConfiguredConnection c = switch (type) {
                case SALESFORCE -> reader.salesforce(name, ProblemCollectingBindHandler.bind(binder, source, prefix,
                        SalesforceProperties.class, problems));
                case HUBSPOT -> reader.hubSpot(name, ProblemCollectingBindHandler.bind(binder, source, prefix,
                        HubSpotProperties.class, problems));
                case LINKEDIN -> reader.linkedIn(name, ProblemCollectingBindHandler.bind(binder, source, prefix,
                        LinkedInProperties.class, problems));
                case MAILING_LIST -> reader.mailingList(name, ProblemCollectingBindHandler.bind(binder, source, prefix,
                        MailingListProperties.class, problems));
            };
            if (c != null) {
                out.add(c);
            }
        }
        sharedFolders(out, source, problems);
        if (!out.isEmpty() && out.stream().noneMatch(c -> c.has(ConnectionRole.SOURCE))) {
            problems.add(source.problem("abm.connections", "no connection is a source of accounts and contacts",
                    "add a salesforce or hubspot connection (they are sources unless 'roles' says otherwise)"));
        }
        return out;
    }

    /** Two mailing lists writing one folder would overwrite each other's files and changes. */
    private static void sharedFolders(List<ConfiguredConnection> connections, ConfigSource source,
                                      List<ConfigProblem> problems) {
        Map<Path, String> byFolder = new LinkedHashMap<>();
        for (ConfiguredConnection c : connections) {
            if (c instanceof ConfiguredConnection.MailingList list) {
                String other = byFolder.putIfAbsent(list.settings().dir(), list.name());
                if (other != null) {
                    String prefix = "abm.connections." + list.name();
                    problems.add(source.problem(prefix + ".directory", "mailing lists '" + other + "' and '"
                                    + list.name() + "' write to the same folder " + list.settings().dir(),
                            "give each its own 'directory:' (an audience naming both would have its files written twice)"));
                }
            }
        }
    }

    /** Reads one connection's properties into its connector's settings, adding problems as it goes. */
    private final class ConnectionReader {

        private final ConfigSource source;
        private final String prefix;
        private final Path baseDir;
        private final List<ConfigProblem> problems;
        private final int before;

        ConnectionReader(ConfigSource source, String prefix, Path baseDir, List<ConfigProblem> problems) {
            this.source = source;
            this.prefix = prefix;
            this.baseDir = baseDir;
            this.problems = problems;
            this.before = problems.size();
        }

        private boolean clean() {
            return problems.size() == before;
        }

        private String key(String k) {
            return prefix + "." + k;
        }

        private void missing(String k, String fix) {
            problems.add(source.problem(prefix, key(k) + " is missing", fix));
        }

        private void invalid(String k, String message, String fix) {
            problems.add(source.problem(key(k), message, fix));
        }

        private Set<ConnectionRole> roles(ConnectionType type, List<String> written) {
            if (written == null || written.isEmpty()) {
                return type.defaultRoles();
            }
            Set<ConnectionRole> roles = EnumSet.noneOf(ConnectionRole.class);
            List<String> possible = type.possibleRoles().stream().map(ConnectionRole::key).toList();
            for (String r : written) {
                ConnectionRole role = type.possibleRoles().stream().filter(x -> x.key().equalsIgnoreCase(r.strip()))
                        .findFirst().orElse(null);
                if (role == null) {
                    invalid("roles", "'" + r + "' is not a role of a " + type.key() + " connection",
                            EditDistance.closest(r, possible).map(k -> "did you mean '" + k + "'?")
                                    .orElse("its roles: " + String.join(", ", possible)));
                } else {
                    roles.add(role);
                }
            }
            if (roles.contains(ConnectionRole.SINK) && !roles.contains(ConnectionRole.SOURCE)) {
                invalid("roles", "a sink writes back to the records it reads: 'sink' needs 'source'",
                        "write roles: [source, sink], or [source] for read-only");
            }
            return roles;
        }

        private Secret secret(String k, String written, boolean required) {
            if (blank(written) && required) {
                missing(k, "add '" + k + ": ${ENV_VAR}' (an environment variable) or '" + k
                        + ": file:/path/to/secret'");
                return null;
            }
            return BridgeConfigLoader.this.secret(source, key(k), written, false, baseDir, problems);
        }

        private Map<String, String> owned(String k, Map<String, String> names, List<String> fields) {
            Map<String, String> out = new LinkedHashMap<>();
            List<String> known = fields.stream().map(ProblemCollectingBindHandler::kebab).toList();
            names.forEach((written, value) -> {
                String field = fields.stream().filter(f -> f.equalsIgnoreCase(written.replace("-", ""))).findFirst()
                        .orElse(null);
                if (field == null) {
                    invalid(k + "." + written, "'" + written + "' is not an owned field",
                            EditDistance.closest(written, known).map(x -> "did you mean '" + x + "'?")
                                    .orElse("owned fields here: " + String.join(", ", known)));
                } else if (blank(value)) {
                    invalid(k + "." + written, key(k + "." + written) + " is empty", "write the field's name");
                } else {
                    out.put(field, value.strip());
                }
            });
            return out;
        }

        ConfiguredConnection salesforce(String name, SalesforceProperties p) {
            if (p == null) {
                return null;
            }
            Set<ConnectionRole> roles = roles(ConnectionType.SALESFORCE, p.roles());
            SalesforceAuthConfig.Flow flow = p.flow() == null ? SalesforceAuthConfig.Flow.CLIENT_CREDENTIALS : p.flow();
            if (blank(p.url())) {
                missing("url", "add 'url: https://<your-domain>.my.salesforce.com' (Setup > My Domain)");
            }
            if (blank(p.clientId())) {
                missing("client-id", "add 'client-id: <consumer key>' of the connected app (not a secret)");
            }
            Secret clientSecret = secret("client-secret", p.clientSecret(),
                    flow == SalesforceAuthConfig.Flow.CLIENT_CREDENTIALS);
            Secret privateKey = secret("private-key", p.privateKey(), flow == SalesforceAuthConfig.Flow.JWT_BEARER);
            Secret refresh = secret("refresh-token", p.refreshToken(), flow == SalesforceAuthConfig.Flow.REFRESH_TOKEN);
            if (flow == SalesforceAuthConfig.Flow.JWT_BEARER && blank(p.username())) {
                missing("username", "add 'username: integration.user@acme.com' (the JWT subject)");
            }
            OwnedFieldNames names = p.ownedFields() == null ? new OwnedFieldNames(null, null) : p.ownedFields();
            Map<String, String> account = owned("owned-fields.account", names.account(), OwnedFields.ACCOUNT);
            Map<String, String> contact = owned("owned-fields.contact", names.contact(), OwnedFields.CONTACT);
            if (!clean()) {
                return null;
            }
            SalesforceAuthConfig auth = new SalesforceAuthConfig(flow, p.url().strip(), p.clientId().strip(),
                    ref(clientSecret), p.username(), ref(privateKey),
                    blank(p.audience()) ? "https://login.salesforce.com" : p.audience(), ref(refresh),
                    p.timeout() == null ? java.time.Duration.ofSeconds(30) : p.timeout());
            SalesforceConfig config = SalesforceConfig.of(auth).withOwnedFields(account, contact)
                    .withCustomFields(p.accountCustomFields(), p.contactCustomFields());
            if (p.apiReserve() != null) {
                config = config.withApiReserve(p.apiReserve());
            }
            if (p.queryBatchSize() != null) {
                config = config.withQueryBatchSize(p.queryBatchSize());
            }
            if (p.bulkReadThreshold() != null) {
                config = config.withBulkReadThreshold(p.bulkReadThreshold());
            }
            if (p.bulkWriteThreshold() != null) {
                config = config.withBulkWriteThreshold(p.bulkWriteThreshold());
            }
            SalesforceCampaignConfig campaigns = new SalesforceCampaignConfig(p.campaignMemberStatus());
            connectorProblems(campaigns.problems());
            if (!blank(p.permissionSet())) {
                config = config.withPermissionSet(p.permissionSet().strip());
            }
            connectorProblems(config.problems());
            return clean() ? new ConfiguredConnection.Salesforce(name, roles, config, campaigns) : null;
        }

        private SecretRef ref(Secret s) {
            return s == null ? null
                    : s.kind() == Secret.Kind.ENV ? SecretRef.env(s.location()) : SecretRef.file(s.file(baseDir).toString());
        }

        private String hubSpotRef(Secret s) {
            return s == null ? null : s.kind() == Secret.Kind.ENV ? "env:" + s.location() : "file:" + s.file(baseDir);
        }

        ConfiguredConnection hubSpot(String name, HubSpotProperties p) {
            if (p == null) {
                return null;
            }
            Set<ConnectionRole> roles = roles(ConnectionType.HUBSPOT, p.roles());
            boolean oauth = blank(p.token()) && !(blank(p.clientId()) && blank(p.clientSecret()) && blank(p.refreshToken()));
            Secret token = null;
            Secret clientSecret = null;
            Secret refresh = null;
            if (oauth) {
                if (blank(p.clientId())) {
                    missing("client-id", "add 'client-id: <your public app's client id>'");
                }
                clientSecret = secret("client-secret", p.clientSecret(), true);
                refresh = secret("refresh-token", p.refreshToken(), true);
            } else {
                token = secret("token", p.token(), true);
            }
            OwnedFieldNames names = p.ownedFields() == null ? new OwnedFieldNames(null, null) : p.ownedFields();
            Map<String, String> account = owned("owned-fields.account", names.account(), OwnedFields.ACCOUNT);
            Map<String, String> contact = owned("owned-fields.contact", names.contact(), OwnedFields.CONTACT);
            URI url = null;
            if (!blank(p.url())) {
                try {
                    url = URI.create(p.url().strip());
                    if (url.getScheme() == null || url.getHost() == null) {
                        throw new IllegalArgumentException();
                    }
                } catch (IllegalArgumentException e) {
                    invalid("url", key("url") + " is not a URL", "write e.g. https://api.hubapi.com, or remove it");
                }
            }
            if (!clean()) {
                return null;
            }
            HubSpotConfig base = oauth ? HubSpotConfig.oauth(p.clientId().strip(), hubSpotRef(clientSecret), hubSpotRef(refresh))
                    : HubSpotConfig.token(hubSpotRef(token));
            if (p.tier() != null) {
                base = base.withTier(p.tier());
            }
            if (p.tenSecondLimit() != null || p.dailyLimit() != null || p.searchPerSecond() != null) {
                base = base.withLimits(p.tenSecondLimit() == null ? base.tenSecondLimit() : p.tenSecondLimit(),
                        p.dailyLimit() == null ? base.dailyLimit() : p.dailyLimit(),
                        p.searchPerSecond() == null ? base.searchPerSecond() : p.searchPerSecond());
            }
            Map<String, String> companies = new LinkedHashMap<>(base.companyProperties());
            companies.putAll(account);
            Map<String, String> contacts = new LinkedHashMap<>(base.contactProperties());
            contacts.putAll(contact);
            HubSpotConfig c = base;
            HubSpotConfig config = new HubSpotConfig(url == null ? c.baseUrl() : url,
                    blank(p.apiVersion()) ? c.apiVersion() : p.apiVersion().strip(), c.auth(), c.tokenRef(), c.clientId(),
                    c.clientSecretRef(), c.refreshTokenRef(), c.tokenPath(), c.tenSecondLimit(), c.dailyLimit(),
                    c.searchPerSecond(), c.maxAttempts(), c.maxWait(), c.portalZone(), c.groupName(), c.groupLabel(),
                    companies, contacts, c.nativeTargetAccount(), c.nativeIcpTier(), c.tierValues(),
                    c.nativeBuyingRole(), c.buyingRoleValues(), c.removeUnmanagedBuyingRoles(),
                    p.salesforceIdProperty() == null ? c.salesforceIdProperty() : p.salesforceIdProperty().strip(),
                    c.lookUpAssociations(), p.searchSettle() == null ? c.searchSettle() : p.searchSettle());
            if (p.nativeProperties() != null) {
                boolean on = p.nativeProperties();
                config = config.withNativeProperties(on, on, on, false);
            }
            connectorProblems(config.problems());
            return clean() ? new ConfiguredConnection.HubSpot(name, roles, config) : null;
        }

        ConfiguredConnection linkedIn(String name, LinkedInProperties p) {
            if (p == null) {
                return null;
            }
            Set<ConnectionRole> roles = roles(ConnectionType.LINKEDIN, p.roles());
            if (blank(p.adAccount())) {
                missing("ad-account", "add 'ad-account: 123456789' (Campaign Manager > Account settings)");
            }
            if (blank(p.version())) {
                missing("version", "add 'version: 202611' (the LinkedIn-Version month, YYYYMM)");
            }
            if (blank(p.sourcePlatform())) {
                missing("source-platform", "add the 'source-platform' LinkedIn assigned with Audiences API access");
            }
            if (blank(p.clientId())) {
                missing("client-id", "add 'client-id: <your LinkedIn app's client id>'");
            }
            Secret clientSecret = secret("client-secret", p.clientSecret(), true);
            Secret access = secret("access-token", p.accessToken(), false);
            Secret refresh = secret("refresh-token", p.refreshToken(), false);
            if (blank(p.accessToken()) && blank(p.refreshToken())) {
                missing("refresh-token", "add 'refresh-token: ${LINKEDIN_REFRESH_TOKEN}' (or an access-token)");
            }
            if (!clean()) {
                return null;
            }
            LinkedInConfig.Builder b = LinkedInConfig.builder().version(p.version()).adAccount(p.adAccount())
                    .sourcePlatform(p.sourcePlatform());
            if (!blank(p.url())) {
                b.apiBaseUrl(p.url().strip());
            }
            if (!blank(p.oauthUrl())) {
                b.oauthBaseUrl(p.oauthUrl().strip());
            }
            if (p.batchLimit() != null) {
                b.batchLimit(p.batchLimit());
            }
            if (p.minimumAudienceSize() != null) {
                b.minimumAudienceSize(p.minimumAudienceSize());
            }
            if (p.engagementAccounts() != null && !p.engagementAccounts().isEmpty()) {
                b.engagementAccounts(p.engagementAccounts());
            }
            if (p.engagementWindowDays() != null) {
                b.engagementWindowDays(p.engagementWindowDays());
            }
            if (p.segmentReadyAfter() != null) {
                b.segmentReadyAfter(p.segmentReadyAfter());
            }
            try {
                return new ConfiguredConnection.LinkedIn(name, roles, b.build(), p.clientId().strip(), clientSecret, access,
                        refresh);
            } catch (IllegalArgumentException e) {
                connectorProblems(Arrays.stream(e.getMessage().split("\n")).skip(1)
                        .map(l -> l.strip().replaceFirst("^- ", "")).toList());
                return null;
            }
        }

        ConfiguredConnection mailingList(String name, MailingListProperties p) {
            if (p == null) {
                return null;
            }
            Set<ConnectionRole> roles = roles(ConnectionType.MAILING_LIST, p.roles());
            if (!name.matches("[a-z][a-z0-9-]*")) {
                problems.add(source.problem(prefix, "the mailing list '" + name + "' must start with a letter: playbook "
                        + "audiences name it in their destinations", "rename the connection, e.g. mail-" + name));
            }
            Arrays.stream(ConnectionType.values()).filter(t -> t != ConnectionType.MAILING_LIST && t.key().equals(name))
                    .findFirst().ifPresent(t -> problems.add(source.problem(prefix, "a mailing list cannot be named '"
                            + name + "': audiences naming " + name + " go to the " + name + " connection",
                            "rename the connection, e.g. mail or events, and name that in the audiences' destinations")));
            Path dir = baseDir.resolve("abm-data").resolve("exports").resolve(name).normalize();
            if (p.directory() != null) {
                if (blank(p.directory())) {
                    invalid("directory", key("directory") + " is empty",
                            "write the folder for the lists, or remove the key for abm-data/exports/" + name);
                } else {
                    dir = baseDir.resolve(p.directory().strip()).normalize();
                    if (Files.exists(dir) && !Files.isDirectory(dir)) {
                        invalid("directory", dir + " is a file, not a folder",
                                "name a folder (it is created when missing)");
                    }
                }
            }
            List<String> optOut = fields("opt-out-fields", p.optOutFields(), true);
            MailingListSettings settings = new MailingListSettings(dir,
                    fields("contact-street-fields", p.contactStreetFields(), false),
                    fields("contact-city-fields", p.contactCityFields(), false),
                    fields("contact-state-fields", p.contactStateFields(), false),
                    fields("contact-postal-code-fields", p.contactPostalCodeFields(), false),
                    fields("account-street-fields", p.accountStreetFields(), false),
                    fields("account-postal-code-fields", p.accountPostalCodeFields(), false), optOut);
            connectorProblems(settings.problems());
            return clean() ? new ConfiguredConnection.MailingList(name, roles, settings) : null;
        }

        /** A list of record field names; null (not written) keeps the default. */
        private List<String> fields(String k, List<String> written, boolean mayBeEmpty) {
            if (written == null) {
                return null;
            }
            if (written.isEmpty() && !mayBeEmpty) {
                invalid(k, key(k) + " is empty", "list the fields to try in order, or remove the key for the defaults");
            }
            List<String> out = new ArrayList<>();
            for (String f : written) {
                if (blank(f)) {
                    invalid(k, key(k) + " holds an empty field name", "write the fields' API names, e.g. [MailingStreet]");
                } else {
                    out.add(f.strip());
                }
            }
            return out;
        }

        /** The connector's own checks, phrased with its option names; placed at the connection. */
        private void connectorProblems(List<String> found) {
            for (String problem : found) {
                problems.add(source.problem(prefix, prefix + ": " + problem,
                        "see docs/admin-guide.md for the options of this connection type"));
            }
        }
    }

    /**
     * A secret as written: {@code ${ENV_VAR}} or {@code file:path}, and there. Anything else is taken for a secret
     * pasted into the file: reported without repeating it.
     */
    private Secret secret(ConfigSource source, String key, String written, boolean required, Path baseDir,
                          List<ConfigProblem> problems) {
        if (blank(written)) {
            if (required) {
                problems.add(source.problem(key, key + " is missing", "add '${ENV_VAR}' or 'file:/path'"));
            }
            return null;
        }
        Secret secret = Secret.parse(written).orElse(null);
        if (secret == null) {
            problems.add(source.problem(key, key + " holds a value written into the file; secrets are only referenced",
                    "remove the value from the file (and rotate it if the file was shared), then write '${"
                            + envName(key) + "}' and set that environment variable, or 'file:/path' to a file holding it"));
            return null;
        }
        secret.unavailable(environment, baseDir).ifPresent(why -> problems.add(source.problem(key,
                key + ": " + why, secret.kind() == Secret.Kind.ENV
                        ? "export " + secret.location() + "=... before running abm-bridge (or use file:/path)"
                        : "create the file with the secret in it, readable by the user running abm-bridge")));
        return secret;
    }

    private static String envName(String key) {
        String[] parts = key.split("\\.");
        String tail = parts.length >= 2 ? parts[parts.length - 2] + "_" + parts[parts.length - 1] : key;
        return tail.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
