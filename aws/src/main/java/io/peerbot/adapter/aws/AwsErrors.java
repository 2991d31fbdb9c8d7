package io.peerbot.adapter.aws;

import io.peerbot.application.port.CloudException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.model.StsException;

/** Runs one SDK call and turns what the SDK throws (after its own retries) into a {@link CloudException}. */
final class AwsErrors {
    private AwsErrors() {
    }

    static <T> T call(String action, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw translate(action, e);
        }
    }

    static void run(String action, Runnable call) {
        call(action, () -> {
            call.run();
            return null;
        });
    }

    /** AWS's error code of a failed call, or empty when it failed before AWS answered. */
    static String code(SdkException e) {
        AwsServiceException service = serviceCause(e);
        if (service == null) {
            return "";
        }
        if (service.awsErrorDetails() != null && service.awsErrorDetails().errorCode() != null) {
            return service.awsErrorDetails().errorCode();
        }
        return String.valueOf(service.statusCode());
    }

    static CloudException translate(String action, SdkException e) {
        AwsServiceException service = serviceCause(e);
        if (service == null) {
            return new CloudException(action, "ClientError", action + " failed before AWS answered: " + e.getMessage(), e);
        }
        String message = service.awsErrorDetails() != null && service.awsErrorDetails().errorMessage() != null
                ? service.awsErrorDetails().errorMessage() : service.getMessage();
        // A failed AssumeRole surfaces inside whatever EC2 call needed the credentials; name the real culprit.
        String failedAction = service instanceof StsException ? "AssumeRole" : action;
        return new CloudException(failedAction, code(e), failedAction + ": " + message, e);
    }

    private static AwsServiceException serviceCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AwsServiceException service) {
                return service;
            }
        }
        return null;
    }
}
