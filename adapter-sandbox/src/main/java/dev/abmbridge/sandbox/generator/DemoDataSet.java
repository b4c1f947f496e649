package dev.abmbridge.sandbox.generator;

import java.util.List;

/** The companies and contacts one seed produced. */
public record DemoDataSet(long seed, List<DemoCompany> companies, List<DemoContact> contacts) {

    public DemoCompany company(int index) {
        return companies.get(index);
    }

    public long salesforceCompanies() {
        return companies.stream().filter(DemoCompany::inSalesforce).count();
    }

    public long hubSpotCompanies() {
        return companies.stream().filter(DemoCompany::inHubSpot).count();
    }

    public long sharedCompanies() {
        return companies.stream().filter(c -> c.inSalesforce() && c.inHubSpot()).count();
    }
}
