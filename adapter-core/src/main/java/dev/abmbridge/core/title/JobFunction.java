package dev.abmbridge.core.title;

/** The business function a job title belongs to. */
public enum JobFunction {
    EXECUTIVE, ENGINEERING, IT, DATA, PRODUCT, MARKETING, SALES, CUSTOMER_SUCCESS,
    FINANCE, PROCUREMENT, OPERATIONS, HR, LEGAL, OTHER
}
