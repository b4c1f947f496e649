package dev.abmbridge.core.testing;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Region;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds canonical accounts for tests, with every field missing unless set. */
public final class TestAccounts {

    private String id = "A1";
    private String name;
    private String domain;
    private String industry;
    private Long employees;
    private BigDecimal annualRevenue;
    private String country;
    private Region region;
    private String state;
    private String city;
    private String type;
    private List<String> technologies = List.of();
    private BigDecimal engagement;
    private final Map<String, Object> custom = new HashMap<>();

    public static TestAccounts account() {
        return new TestAccounts();
    }

    public TestAccounts id(String v) { id = v; return this; }
    public TestAccounts name(String v) { name = v; return this; }
    public TestAccounts domain(String v) { domain = v; return this; }
    public TestAccounts industry(String v) { industry = v; return this; }
    public TestAccounts employees(long v) { employees = v; return this; }
    public TestAccounts revenue(String v) { annualRevenue = new BigDecimal(v); return this; }
    public TestAccounts country(String v, Region r) { country = v; region = r; return this; }
    public TestAccounts type(String v) { type = v; return this; }
    public TestAccounts city(String v) { city = v; return this; }
    public TestAccounts technologies(String... v) { technologies = List.of(v); return this; }
    public TestAccounts engagement(String v) { engagement = new BigDecimal(v); return this; }
    public TestAccounts custom(String k, Object v) { custom.put(k, v); return this; }

    public Account build() {
        return new Account(id, "test", name, domain, industry, employees, annualRevenue, country, region, state, city,
                type, technologies, engagement, custom);
    }
}
