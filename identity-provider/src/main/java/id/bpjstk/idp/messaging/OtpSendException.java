package id.bpjstk.idp.messaging;

/** The message could not be delivered (gateway down, refused, timed out). Its message never holds the code. */
public class OtpSendException extends Exception {

    public OtpSendException(String message) {
        super(message);
    }

    public OtpSendException(String message, Throwable cause) {
        super(message, cause);
    }
}
