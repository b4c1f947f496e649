package dev.abmbridge.app.config;

import java.util.List;

/**
 * A {@code type: mailing-list} connection as written in abm-bridge.yml: the CSV lists of the playbook audiences that
 * name the connection (see docs/mailing-lists.md). Unset options keep the defaults of
 * {@link dev.abmbridge.core.export.MailingListSettings}; each field list names the record fields to try, in order.
 *
 * @param directory the folder the lists are written to, relative to the configuration file (default
 *                  {@code abm-data/exports/<connection name>}, with the rest of the run data)
 */
public record MailingListProperties(String type, List<String> roles, String directory, List<String> optOutFields,
                                    List<String> contactStreetFields, List<String> contactCityFields,
                                    List<String> contactStateFields, List<String> contactPostalCodeFields,
                                    List<String> accountStreetFields, List<String> accountPostalCodeFields) {
}
